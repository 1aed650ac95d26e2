using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>A stretch of a page set in newspaper-style columns of running text, read column by column.</summary>
/// <param name="ColumnEdges">X of the column boundaries, ascending, outer edges included; columns = count − 1.</param>
/// <param name="Box">The section, all columns.</param>
public sealed record PdfTextColumns(IReadOnlyList<double> ColumnEdges, BoundingBox Box);
