namespace Actas.Pipeline.Model;

/// <summary>Axis-aligned box in PDF points, origin bottom-left.</summary>
public sealed record BoundingBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;

    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom),
        Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}
