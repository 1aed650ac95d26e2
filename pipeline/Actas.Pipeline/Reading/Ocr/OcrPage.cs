using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// One page image read by OCR: the reading pages it holds (one, or two when the scan is a sheet with two pages side by
/// side, <see cref="TwoUpSheetSplitter"/>) as a PDF page's content, and the confidence of every word placed on it.
/// The reading pages of one sheet carry the sheet's page number and boxes on the sheet (the right page's right of the
/// left's), so a location still points at the place on the scanned page.
/// </summary>
/// <param name="Contents">The reading pages, left first.</param>
/// <param name="Words">Each word's centre in points on the sheet (origin bottom-left) and its confidence 0–100, tables included.</param>
/// <param name="QuarterTurn">How the scan lay (see <see cref="PageGeometry.QuarterTurn"/>).</param>
/// <param name="SideBySide">Whether the scan was a sheet of pages side by side, read apart.</param>
public sealed record OcrPage(
    IReadOnlyList<PdfPageContent> Contents,
    IReadOnlyList<(double X, double Y, double Confidence)> Words,
    int QuarterTurn,
    double SkewDegrees,
    bool SideBySide = false)
{
    public double MeanConfidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
}
