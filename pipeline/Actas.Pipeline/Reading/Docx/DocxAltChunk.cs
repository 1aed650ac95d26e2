namespace Actas.Pipeline.Reading.Docx;

/// <summary>A part a .docx imports in place of a <c>w:altChunk</c> (HTML, plain text, RTF, another .docx), as stored.</summary>
/// <param name="ContentType">The part's content type: <c>text/html</c>, <c>application/xhtml+xml</c>, <c>text/plain</c>…</param>
public sealed record DocxAltChunk(string ContentType, byte[] Content)
{
    /// <summary>Whether Word imports it as HTML.</summary>
    public bool IsHtml => ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ||
                          ContentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
}
