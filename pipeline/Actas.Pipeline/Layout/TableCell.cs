using Actas.Pipeline.Model;

namespace Actas.Pipeline.Layout;

/// <summary>
/// One cell. <see cref="Column"/> is its first grid column (0-based), <see cref="ColumnSpan"/>
/// how many grid columns it covers (Word gridSpan, HTML colspan). A cell that continues a
/// vertical merge from the row above (Word vMerge="continue") has
/// <see cref="ContinuesAbove"/> set and no paragraphs.
/// </summary>
/// <param name="Paragraphs">The cell's paragraphs in order; nested tables are flattened into paragraphs, one per row, cells joined by " | " (a nested row of one cell keeps its paragraphs).</param>
/// <param name="ListLabels">
/// The rendered list label ("a)", "1.", "•") of each paragraph when the numbering came from the format (Word
/// numbering inside a cell), null for a paragraph without one; the whole list is null when no paragraph has one.
/// As with <see cref="Paragraph.ListLabel"/>, the label is not part of the text.
/// </param>
/// <param name="Notes">
/// The remarks anchored on the cell (Word comments, PDF text annotations): not text of the cell, but a remark about what
/// the cell holds; null when there are none.
/// </param>
public sealed record TableCell(
    int Column,
    int ColumnSpan,
    IReadOnlyList<string> Paragraphs,
    bool ContinuesAbove = false,
    BoundingBox? Box = null,
    IReadOnlyList<string?>? ListLabels = null,
    IReadOnlyList<CellNote>? Notes = null)
{
    /// <summary>All paragraphs joined by a space.</summary>
    public string Text => string.Join(' ', Paragraphs);

    public bool IsEmpty => Paragraphs.All(string.IsNullOrWhiteSpace);
}
