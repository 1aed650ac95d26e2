using System.Text.Json.Serialization;

namespace Actas.Pipeline.Model;

/// <summary>The document an acta was read from.</summary>
/// <param name="File">File name as given (no directory).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Format">One of docx, pdf, txt, doc, odt, rtf, png, jpg, tiff.</param>
/// <param name="Pages">Page count where the format has pages, else null.</param>
/// <param name="Ocr">True when some page was read by OCR; not written otherwise.</param>
/// <param name="OcrConfidence">Mean OCR word confidence (0–100) over the OCR pages; not written when no OCR.</param>
/// <param name="OcrPages">1-based pages read by OCR; not written when no OCR.</param>
public sealed record SourceInfo(
    string File,
    string Sha256,
    string Format,
    int? Pages,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Ocr = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? OcrConfidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? OcrPages = null);
