namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Thresholds of <see cref="LineGrouper"/>, as multiples of the font size.</summary>
/// <param name="BaselineTolerance">Words whose baselines differ by less than this share a line (default 0.35).</param>
/// <param name="TabGap">A gap between words wider than this becomes '\t' (default 1.5; a justified space rarely passes 0.8).</param>
/// <param name="WeightChangeTabGap">…or wider than this where the weight changes: a bold label, then its value (default 0.8).</param>
public sealed record LineGrouperOptions(double BaselineTolerance = 0.35, double TabGap = 1.5, double WeightChangeTabGap = 0.8)
{
    public static LineGrouperOptions Default { get; } = new();
}
