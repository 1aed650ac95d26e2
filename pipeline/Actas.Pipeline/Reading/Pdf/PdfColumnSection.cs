namespace Actas.Pipeline.Reading.Pdf;

/// <summary>A page section set in text columns: its top, and the lines of each column, left column first.</summary>
/// <param name="Top">Y of the section's top edge, in points.</param>
public sealed record PdfColumnSection(double Top, IReadOnlyList<IReadOnlyList<PdfLine>> Columns);
