using System.Text;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Decodes a text dump: UTF-16 when it starts with its byte order mark, UTF-8 (with or without BOM) when the bytes
/// are valid UTF-8, else Windows-1252, the encoding old Windows exports use.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Returns the text and the name of the encoding used.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        // Notepad's "Unicode" and Word's "Unicode text" exports: UTF-16 with a byte order mark.
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "UTF-16LE");
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE");
        }

        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            bytes = bytes[3..];
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
        }
    }
}
