using Actas.Pipeline.Diagnostics;

namespace Actas.Pipeline.Reading.Legacy;

/// <summary>
/// Looks at the first bytes of a .doc/.odt/.rtf before LibreOffice gets it. LibreOffice opens anything, so random bytes
/// named .odt came back as a document of garbage text and failed as "not an acta"; they are a corrupt file. Word and
/// LibreOffice also open a .doc that is really RTF, a zip (.docx/.odt) or HTML/text, so any known document start, and
/// text, is let through whatever the extension says.
/// </summary>
public static class LegacyContentCheck
{
    private static readonly byte[][] Signatures =
    [
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], // OLE2 compound file: Word 97–2003 .doc
        [0x50, 0x4B, 0x03, 0x04], // zip: .odt, or a .docx renamed
        "{\\rtf"u8.ToArray(),
    ];

    /// <returns>Null when the file may be converted; otherwise the error for it.</returns>
    public static ActaReadException? Refusal(string path, string name)
    {
        var head = new byte[4096];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var bytes = head[..read];
        if (read == 0 || Signatures.Any(s => bytes.AsSpan().StartsWith(s)) || LooksLikeText(bytes))
        {
            return null;
        }

        return ActaReadException.Corrupt(name, $"{Path.GetExtension(path).ToLowerInvariant()} file (its first bytes are not those of a Word, OpenDocument or RTF document)");
    }

    /// <summary>Text (HTML, a dump saved as .doc): no NUL byte and few control characters besides tab, line and page breaks.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true; // UTF-16 text
        }

        var control = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D))
            {
                control++;
            }
        }

        return control * 20 < bytes.Length;
    }
}
