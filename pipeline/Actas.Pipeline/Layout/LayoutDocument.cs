using Actas.Pipeline.Diagnostics;

namespace Actas.Pipeline.Layout;

/// <summary>
/// The layout model every reader produces and extraction alone consumes: blocks in
/// reading order. Like markdig's syntax tree, it knows nothing of the file format
/// beyond <see cref="Format"/> and <see cref="PageCount"/>.
/// </summary>
/// <param name="FileName">File name as given (no directory).</param>
/// <param name="Format">docx, pdf, txt, doc, odt or rtf.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the original file's bytes.</param>
/// <param name="PageCount">Pages for paged formats, else null.</param>
/// <param name="Issues">What the reader noticed and recovered from.</param>
public sealed record LayoutDocument(
    string FileName,
    string Format,
    string Sha256,
    int? PageCount,
    IReadOnlyList<LayoutBlock> Blocks,
    IReadOnlyList<Issue> Issues);
