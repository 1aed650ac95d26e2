namespace Actas.Pipeline.Layout;

/// <summary>One row of a <see cref="Table"/>, cells in grid order.</summary>
/// <param name="Page">Page the row starts on, when known.</param>
/// <param name="AfterBreak">
/// A page break (PDF, Word) or a blank line (text dumps) stands between this row and the
/// previous one, so its cells may continue the previous row's cells
/// (see <c>Layout/PageBreakCellJoiner</c>).
/// </param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, int? Page = null, bool AfterBreak = false);
