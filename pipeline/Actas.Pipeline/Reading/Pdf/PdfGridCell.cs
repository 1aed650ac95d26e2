using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// One cell of a <see cref="PdfGrid"/>: its band (row), first grid column, span, and whether no
/// rule separates it from the cell above (a vertical merge).
/// </summary>
public sealed record PdfGridCell(int Row, int Column, int ColumnSpan, bool ContinuesAbove, BoundingBox Box);
