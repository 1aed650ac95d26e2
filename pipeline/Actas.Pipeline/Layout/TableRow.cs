namespace Actas.Pipeline.Layout;

/// <summary>One row of a <see cref="Table"/>, cells in grid order.</summary>
/// <param name="Page">Page the row starts on, when known.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, int? Page = null);
