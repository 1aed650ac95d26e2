namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Thresholds of <see cref="RulingLineExtractor"/>, in points.</summary>
/// <param name="MaxThickness">A filled rectangle thinner than this is a rule, not a shaded area (default 2.5).</param>
/// <param name="MinLength">Shorter strokes are ignored (glyph-like marks, default 3).</param>
/// <param name="AxisTolerance">A stroke whose ends differ by less than this across its axis is straight (default 1).</param>
public sealed record RulingLineExtractorOptions(double MaxThickness = 2.5, double MinLength = 3, double AxisTolerance = 1)
{
    public static RulingLineExtractorOptions Default { get; } = new();
}
