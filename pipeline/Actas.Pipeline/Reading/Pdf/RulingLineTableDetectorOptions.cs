namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Thresholds of <see cref="RulingLineTableDetector"/>, in points.</summary>
/// <param name="Tolerance">Rules closer than this are the same boundary; rules this close touch (default 2).</param>
/// <param name="MinBand">A row or column thinner than this is a double border, not a cell (default 3).</param>
/// <param name="MinWidth">Narrower grids are ignored (default 20).</param>
public sealed record RulingLineTableDetectorOptions(double Tolerance = 2, double MinBand = 3, double MinWidth = 20)
{
    public static RulingLineTableDetectorOptions Default { get; } = new();
}
