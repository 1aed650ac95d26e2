namespace Actas.Classification.Calibration;

/// <summary>
/// Fits a temperature on validation probabilities (minimum negative log-likelihood over a grid), builds
/// the reliability tables and picks the review threshold: the lowest calibrated confidence at or above
/// which validation accuracy reaches <see cref="TargetAccuracy"/>.
/// </summary>
public static class ConfidenceCalibrator
{
    public const double TargetAccuracy = 0.98;

    /// <param name="scores">Per item, the model's probability per label.</param>
    /// <param name="gold">Per item, the index of the true label in <paramref name="scores"/>' order (−1 if unknown).</param>
    public static CalibrationReport Fit(IReadOnlyList<float[]> scores, IReadOnlyList<int> gold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(gold);
        var best = 1.0;
        var bestLoss = double.MaxValue;
        for (var t = 0.05; t <= 5.0001; t += 0.05)
        {
            var loss = 0.0;
            for (var i = 0; i < scores.Count; i++)
            {
                var p = Apply(scores[i], t);
                loss -= Math.Log(Math.Max(1e-9, gold[i] >= 0 ? p[gold[i]] : 1e-9));
            }

            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = Math.Round(t, 2);
            }
        }

        var raw = Points(scores, gold, 1.0);
        var calibrated = Points(scores, gold, best);
        var threshold = 0.0;
        foreach (var candidate in Enumerable.Range(0, 20).Select(k => k * 0.05))
        {
            var above = calibrated.Where(x => x.Confidence >= candidate).ToList();
            if (above.Count > 0 && above.Count(x => x.Correct) / (double)above.Count >= TargetAccuracy)
            {
                threshold = candidate;
                break;
            }

            threshold = candidate;
        }

        var kept = calibrated.Where(x => x.Confidence >= threshold).ToList();
        return new CalibrationReport(best, Math.Round(threshold, 2),
            kept.Count == 0 ? 0 : kept.Count(x => x.Correct) / (double)kept.Count,
            calibrated.Count == 0 ? 0 : calibrated.Count(x => x.Confidence < threshold) / (double)calibrated.Count,
            Table(raw), Table(calibrated));
    }

    /// <summary>p^(1/T), renormalised.</summary>
    public static double[] Apply(float[] probabilities, double temperature)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var p = new double[probabilities.Length];
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Math.Pow(Math.Max(1e-9, probabilities[i]), 1.0 / temperature);
            sum += p[i];
        }

        for (var i = 0; i < p.Length; i++)
        {
            p[i] = sum > 0 ? p[i] / sum : 0;
        }

        return p;
    }

    private static List<(double Confidence, bool Correct)> Points(IReadOnlyList<float[]> scores, IReadOnlyList<int> gold, double t) =>
        scores.Select((s, i) =>
        {
            var p = Apply(s, t);
            var arg = Array.IndexOf(p, p.Max());
            return (p.Length == 0 ? 0 : p[arg], arg == gold[i]);
        }).ToList();

    private static List<ReliabilityBin> Table(List<(double Confidence, bool Correct)> points)
    {
        var bins = new List<ReliabilityBin>();
        for (var b = 0; b < 10; b++)
        {
            var from = b / 10.0;
            var to = (b + 1) / 10.0;
            var inBin = points.Where(x => x.Confidence >= from && (x.Confidence < to || (b == 9 && x.Confidence <= 1.0))).ToList();
            if (inBin.Count == 0)
            {
                continue;
            }

            bins.Add(new ReliabilityBin(from, to, inBin.Count, Math.Round(inBin.Average(x => x.Confidence), 3),
                Math.Round(inBin.Count(x => x.Correct) / (double)inBin.Count, 3)));
        }

        return bins;
    }
}
