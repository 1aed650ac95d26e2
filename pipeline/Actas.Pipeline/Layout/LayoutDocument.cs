using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Layout;

/// <summary>
/// The layout model every reader produces and extraction alone consumes: blocks in
/// reading order. Like markdig's syntax tree, it knows nothing of the file format
/// beyond <see cref="Format"/> and <see cref="PageCount"/>.
/// </summary>
/// <param name="FileName">File name as given (no directory).</param>
/// <param name="Format">docx, pdf, txt, doc, odt, rtf, png, jpg or tiff.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the original file's bytes.</param>
/// <param name="PageCount">Pages for paged formats, else null.</param>
/// <param name="Issues">What the reader noticed and recovered from.</param>
/// <param name="Ocr">Which pages were read by OCR and how confidently; null when none was.</param>
public sealed record LayoutDocument(
    string FileName,
    string Format,
    string Sha256,
    int? PageCount,
    IReadOnlyList<LayoutBlock> Blocks,
    IReadOnlyList<Issue> Issues,
    OcrSummary? Ocr = null);
