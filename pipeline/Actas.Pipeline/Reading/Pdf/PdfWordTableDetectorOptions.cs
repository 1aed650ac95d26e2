namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Thresholds of <see cref="StreamTableDetector"/>; widths and steps as multiples of the font size.</summary>
/// <param name="MinCorridor">A column gap is a vertical strip at least this wide that no word of the run crosses (default 0.6: a justified space stays under 0.5, Word's cell margins give about 1).</param>
/// <param name="MinLines">A table needs this many lines… (default 3)</param>
/// <param name="MinSupport">…and every column gap needs words on both sides in this many of them (default 2).</param>
/// <param name="MaxStep">A baseline step over this ends the run: the blank before a paragraph (default 2.6).</param>
/// <param name="TrailingStepFactor">A last line using one column that stands more than this many typical steps below the line above is text after the table (default 1.3).</param>
/// <param name="TextColumnMinShare">Two columns each at least this share of the section's width… (default 0.3)</param>
/// <param name="TextColumnFullShare">…with at least this share of their lines filling the column (running text) are text columns, not a table (default 0.5).</param>
/// <param name="TextColumnMinLines">Text columns need this many lines (default 5).</param>
/// <param name="RowGapFactor">A key-column line standing more than this many times the table's smallest line step below the line above starts a row (default 1.3: cell margins).</param>
/// <param name="WrapAllowance">A key column wraps at most this many font sizes short of the next column's text (default 1.5).</param>
/// <param name="HeaderBand">Share of the page height at the top where running headers sit above a continued table (default 0.12).</param>
/// <param name="Enabled">
/// On by default. At first it lowered the first blind batch's PDF fields (0.783 → 0.731: wrapped names
/// cut into rows, label columns run together); with group columns, label cells, cell margins and
/// other-column evidence for row starts, list and text-column checks it raises them (batch A pdf micro
/// F1 0.788 → 0.833, batch B 0.537 → 0.660, corpus PDFs unchanged). Off, borderless tables stay tabbed lines.
/// </param>
public sealed record PdfWordTableDetectorOptions(
    double MinCorridor = 0.6,
    int MinLines = 3,
    int MinSupport = 2,
    double MaxStep = 2.6,
    double TrailingStepFactor = 1.3,
    double TextColumnMinShare = 0.3,
    double TextColumnFullShare = 0.5,
    int TextColumnMinLines = 5,
    double RowGapFactor = 1.3,
    double WrapAllowance = 1.5,
    double HeaderBand = 0.12,
    bool Enabled = true)
{
    public static PdfWordTableDetectorOptions Default { get; } = new();
}
