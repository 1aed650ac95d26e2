namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Finds how a scanned page lies from Tesseract's own words, at no extra OCR cost. Sideways:
/// Tesseract reads vertical text lines of a page turned 90° well, giving tall word boxes in image
/// coordinates; the order of words along their line says which way it was turned. Skew left after
/// straightening: the median slope of word centres along Tesseract's lines (least squares per line), up to 1°.
/// </summary>
public static class PageGeometryEstimator
{
    /// <summary>
    /// Pages are straightened before OCR (<see cref="ProjectionSkewEstimator"/>); what is left is small. A larger
    /// slope comes from a Tesseract "line" that steps across table rows, not from the page.
    /// </summary>
    private const double MaxSkewDegrees = 1;

    public static PageGeometry Estimate(IReadOnlyList<OcrWord> words, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(words);
        var turn = QuarterTurn(words);
        var turned = new PageGeometry(width, height, turn, 0);
        var slopes = new List<double>();
        foreach (var line in words.GroupBy(w => w.LineKey))
        {
            var points = line.Select(w => turned.ToUpright(w.CentreX, w.CentreY)).ToList();
            if (points.Count < 3)
            {
                continue;
            }

            var meanX = points.Average(p => p.X);
            var meanY = points.Average(p => p.Y);
            var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
            if (sxx < 1e-6 || points.Max(p => p.X) - points.Min(p => p.X) < turned.UprightWidth * 0.2)
            {
                continue;
            }

            slopes.Add(points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx);
        }

        if (slopes.Count == 0)
        {
            return turned;
        }

        slopes.Sort();
        var degrees = Math.Atan(slopes[slopes.Count / 2]) * 180 / Math.PI;
        return Math.Abs(degrees) < 0.05 || Math.Abs(degrees) > MaxSkewDegrees ? turned : turned with { SkewDegrees = degrees };
    }

    private static int QuarterTurn(IReadOnlyList<OcrWord> words)
    {
        var long3 = words.Where(w => w.Text.Length >= 3).ToList();
        if (long3.Count < 5 || long3.Count(w => w.Height > 1.3 * w.Width) < 0.6 * long3.Count)
        {
            return 0;
        }

        var down = 0;
        var up = 0;
        foreach (var line in words.GroupBy(w => w.LineKey).Where(g => g.Count() >= 2))
        {
            var ordered = line.ToList();
            var step = ordered[^1].CentreY - ordered[0].CentreY;
            if (step > 0)
            {
                down++;
            }
            else if (step < 0)
            {
                up++;
            }
        }

        return down >= up ? 1 : 3;
    }
}
