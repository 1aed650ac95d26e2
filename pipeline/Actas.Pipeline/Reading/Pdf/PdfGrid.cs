using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A table grid rebuilt from rules (<see cref="RulingLineTableDetector"/>) or from word
/// alignment (<see cref="StreamTableDetector"/>): column boundaries left to right, row
/// boundaries top to bottom, and the cells the separators delimit.
/// </summary>
/// <param name="ColumnEdges">X of every vertical boundary, ascending; columns = count − 1.</param>
/// <param name="RowEdges">Y of every horizontal boundary, descending; rows = count − 1.</param>
public sealed record PdfGrid(
    IReadOnlyList<double> ColumnEdges,
    IReadOnlyList<double> RowEdges,
    IReadOnlyList<PdfGridCell> Cells,
    BoundingBox Box)
{
    public int ColumnCount => ColumnEdges.Count - 1;

    public int RowCount => RowEdges.Count - 1;

    /// <summary>
    /// Its rows are parted by drawn rules (a ruled grid, or a borderless table with a rule under every row): a cell's edge
    /// is where its text could have gone on, so a line that stops well short of it ended there by choice.
    /// </summary>
    public bool RowsDrawn { get; init; }
}
