using System.Globalization;
using Actas.Classification.Evaluation;

namespace Actas.Classification.Promotion;

/// <summary>
/// The rule for the correction loop: a retrained model is promoted only if its macro-F1 is not
/// lower than the promoted model's and no label's F1 fell by more than <c>maxLabelDrop</c>.
/// Both models must be scored on the same test split. Pure: no I/O, no clock.
/// </summary>
public static class PromotionGate
{
    internal const double Epsilon = 1e-9;

    /// <param name="previous">Metrics of the promoted model; null when there is none yet (the candidate is promoted).</param>
    /// <param name="maxLabelDrop">Largest tolerated fall of one label's F1, in F1 units (0.05 = five points).</param>
    public static PromotionDecision Decide(ClassificationMetrics? previous, ClassificationMetrics next, double maxLabelDrop = 0.05)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLabelDrop);
        if (previous is null)
        {
            return new PromotionDecision(true, $"no promoted model yet; candidate macro-F1 {F(next.MacroF1)}", [], null, next.MacroF1, maxLabelDrop);
        }

        var labels = previous.PerLabel.Select(l => l.Label).Union(next.PerLabel.Select(l => l.Label), StringComparer.Ordinal);
        var drops = labels
            .Select(l => new LabelF1Change(l, previous.F1Of(l), next.F1Of(l)))
            .Where(c => c.Drop > Epsilon)
            .OrderByDescending(c => c.Drop)
            .ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();

        var problems = new List<string>();
        var macroDelta = next.MacroF1 - previous.MacroF1;
        if (macroDelta < -Epsilon)
        {
            problems.Add($"macro-F1 fell {F(previous.MacroF1)} → {F(next.MacroF1)} ({Signed(macroDelta)})");
        }

        var blocking = drops.Where(d => d.Drop > maxLabelDrop + Epsilon).ToList();
        problems.AddRange(blocking.Select(d => $"{d.Label} F1 fell {F(d.Drop)} ({F(d.Previous ?? 0)} → {F(d.Next ?? 0)}), more than {F(maxLabelDrop)}"));

        var minor = drops.Except(blocking).Select(d => $"{d.Label} {Signed(-d.Drop)}").ToList();
        var tail = minor.Count == 0 ? "" : $"; smaller drops: {string.Join(", ", minor)}";
        if (problems.Count > 0)
        {
            return new PromotionDecision(false, "not promoted: " + string.Join("; ", problems) + tail, drops, previous.MacroF1, next.MacroF1, maxLabelDrop);
        }

        var head = $"promoted: macro-F1 {F(previous.MacroF1)} → {F(next.MacroF1)} ({Signed(macroDelta)}), no label fell more than {F(maxLabelDrop)}";
        return new PromotionDecision(true, head + tail, drops, previous.MacroF1, next.MacroF1, maxLabelDrop);
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture);
}
