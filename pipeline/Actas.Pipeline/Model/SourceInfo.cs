namespace Actas.Pipeline.Model;

/// <summary>The document an acta was read from.</summary>
/// <param name="File">File name as given (no directory).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Format">One of docx, pdf, txt, doc, odt, rtf.</param>
/// <param name="Pages">Page count where the format has pages, else null.</param>
public sealed record SourceInfo(string File, string Sha256, string Format, int? Pages);
