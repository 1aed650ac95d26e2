namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Maps a page image's pixels (origin top-left) to the upright, deskewed page: first a quarter
/// turn (a page scanned sideways), then a rotation by <see cref="SkewDegrees"/> about the
/// centre (a sheet fed askew, ±3° is usual).
/// </summary>
/// <param name="QuarterTurn">
/// 0 upright; 1 when the text runs top to bottom in the image (the page's top is at the image's
/// right); 3 when it runs bottom to top; 2 upside down.
/// </param>
/// <param name="SkewDegrees">Angle of the text lines in the turned image, positive going down to the right.</param>
public sealed record PageGeometry(int RawWidth, int RawHeight, int QuarterTurn, double SkewDegrees)
{
    public bool IsIdentity => QuarterTurn == 0 && SkewDegrees == 0;

    public int UprightWidth => QuarterTurn % 2 == 1 ? RawHeight : RawWidth;

    public int UprightHeight => QuarterTurn % 2 == 1 ? RawWidth : RawHeight;

    /// <summary>The upright point of a raw image point.</summary>
    public (double X, double Y) ToUpright(double x, double y)
    {
        var (tx, ty) = QuarterTurn switch
        {
            1 => (y, RawWidth - x),
            2 => (RawWidth - x, RawHeight - y),
            3 => (RawHeight - y, x),
            _ => (x, y),
        };
        if (SkewDegrees == 0)
        {
            return (tx, ty);
        }

        var (cx, cy, cos, sin) = Rotation();
        return (cx + ((tx - cx) * cos) + ((ty - cy) * sin), cy - ((tx - cx) * sin) + ((ty - cy) * cos));
    }

    /// <summary>The raw image point of an upright point (the inverse of <see cref="ToUpright"/>).</summary>
    public (double X, double Y) ToRaw(double x, double y)
    {
        var (tx, ty) = (x, y);
        if (SkewDegrees != 0)
        {
            var (cx, cy, cos, sin) = Rotation();
            (tx, ty) = (cx + ((x - cx) * cos) - ((y - cy) * sin), cy + ((x - cx) * sin) + ((y - cy) * cos));
        }

        return QuarterTurn switch
        {
            1 => (RawWidth - ty, tx),
            2 => (RawWidth - tx, RawHeight - ty),
            3 => (ty, RawHeight - tx),
            _ => (tx, ty),
        };
    }

    private (double Cx, double Cy, double Cos, double Sin) Rotation()
    {
        var radians = SkewDegrees * Math.PI / 180;
        return (UprightWidth / 2.0, UprightHeight / 2.0, Math.Cos(radians), Math.Sin(radians));
    }
}
