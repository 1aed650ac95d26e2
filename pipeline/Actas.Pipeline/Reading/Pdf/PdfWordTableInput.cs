namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// What <see cref="IPdfWordTableDetector"/> works on: words with boxes (from PdfPig, or later
/// from OCR, which has no drawn rules at all) and whatever horizontal rules the page draws
/// outside ruled grids.
/// </summary>
/// <param name="Words">Words not placed in a ruled table, any order.</param>
/// <param name="HorizontalRules">Drawn horizontal rules that belong to no ruled grid (a table with only row rules); may be empty.</param>
/// <param name="KnownColumns">
/// Column edges (x, ascending, outer edges included) the words are expected to follow: a
/// table that ended the previous page, or an outer frame's columns. Lines at the top of the
/// words that fit these edges become one table even when they are fewer than
/// <see cref="PdfWordTableDetectorOptions.MinLines"/>; null when there is none.
/// </param>
/// <param name="PageHeight">Page height in points (running headers sit in its top band).</param>
public sealed record PdfWordTableInput(
    IReadOnlyList<PdfWord> Words,
    IReadOnlyList<RulingSegment> HorizontalRules,
    IReadOnlyList<double>? KnownColumns,
    double PageHeight);
