namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// What <see cref="IPdfWordTableDetector"/> found: table grids (cells filled later by
/// <see cref="PdfTableBuilder"/>), and sections set in text columns, to be read column by column.
/// </summary>
/// <param name="Continued">The grid built on <see cref="PdfWordTableInput.KnownColumns"/>, when lines at the top followed them; also in <paramref name="Tables"/>.</param>
public sealed record PdfWordTables(IReadOnlyList<PdfGrid> Tables, IReadOnlyList<PdfTextColumns> TextColumns, PdfGrid? Continued = null)
{
    public static PdfWordTables None { get; } = new([], []);
}
