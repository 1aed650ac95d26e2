using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>One page read by OCR: its content as a PDF page would give it, and the confidence of every word placed on it.</summary>
/// <param name="Words">Each word's centre in points (origin bottom-left) and its confidence 0–100, tables included.</param>
/// <param name="QuarterTurn">How the scan lay (see <see cref="PageGeometry.QuarterTurn"/>).</param>
public sealed record OcrPage(PdfPageContent Content, IReadOnlyList<(double X, double Y, double Confidence)> Words, int QuarterTurn, double SkewDegrees)
{
    public double MeanConfidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
}
