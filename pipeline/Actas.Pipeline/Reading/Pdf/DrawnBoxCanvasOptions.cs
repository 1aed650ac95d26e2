namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Thresholds of <see cref="DrawnBoxCanvas"/>, in points unless said otherwise.</summary>
/// <param name="MinSide">A drawn shape narrower or lower than this is a mark (a dash, a swatch's edge), not a box (default 8).</param>
/// <param name="MaxPageShare">A shape covering more than this share of the page is its background, not a box (default 0.5).</param>
/// <param name="MinInside">Share of the words across the boxes' height band that must sit in boxes for the page to be read box by box (default 0.95).</param>
/// <param name="MinGap">Two boxes side by side are apart when this much page shows between them; table cells touch (default 4).</param>
public sealed record DrawnBoxCanvasOptions(double MinSide = 8, double MaxPageShare = 0.5, double MinInside = 0.95, double MinGap = 4)
{
    public static DrawnBoxCanvasOptions Default { get; } = new();
}
