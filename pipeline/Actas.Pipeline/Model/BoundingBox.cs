namespace Actas.Pipeline.Model;

/// <summary>Axis-aligned box in PDF points, origin bottom-left.</summary>
public sealed record BoundingBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;

    /// <summary>Whether the point lies in the box, edges included.</summary>
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom),
        Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}
