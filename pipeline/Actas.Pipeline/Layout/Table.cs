using Actas.Pipeline.Model;

namespace Actas.Pipeline.Layout;

/// <summary>
/// A table on a column grid. <see cref="SpansKnown"/> is false where the format does not
/// say how cells span the grid (text dumps): then every cell has span 1 and extraction
/// may infer merges (see <c>Extraction/ColumnGroupMapper</c>).
/// </summary>
public sealed record Table(
    IReadOnlyList<TableRow> Rows,
    int ColumnCount,
    bool SpansKnown,
    SourceLocation Location) : LayoutBlock(Location);
