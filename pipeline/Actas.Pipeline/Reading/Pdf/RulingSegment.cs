namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A drawn horizontal or vertical line. <see cref="Position"/> is its y (horizontal) or x
/// (vertical); <see cref="Start"/> &lt; <see cref="End"/> span the other axis. Points.
/// </summary>
public sealed record RulingSegment(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;
}
