using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Finds the horizontal and vertical rules a page draws: stroked straight segments (LibreOffice
/// draws each cell border as its own two-point path) and thin filled rectangles (Word's
/// "Save as PDF" draws borders that way). Clipping paths are ignored.
/// </summary>
public sealed class RulingLineExtractor(RulingLineExtractorOptions options)
{
    public RulingLineExtractor()
        : this(RulingLineExtractorOptions.Default)
    {
    }

    public IReadOnlyList<RulingSegment> Extract(IEnumerable<PdfPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var segments = new List<RulingSegment>();
        foreach (var path in paths)
        {
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (path.IsFilled && AddThinRectangle(subpath, segments))
                {
                    continue;
                }

                if (path.IsStroked)
                {
                    AddStrokes(subpath, segments);
                }
            }
        }

        return segments;
    }

    private bool AddThinRectangle(PdfSubpath subpath, List<RulingSegment> segments)
    {
        var box = subpath.GetBoundingRectangle();
        if (box is not { } r)
        {
            return false;
        }

        if (r.Height <= options.MaxThickness && r.Width >= options.MinLength)
        {
            segments.Add(new RulingSegment(true, (r.Bottom + r.Top) / 2, r.Left, r.Right));
            return true;
        }

        if (r.Width <= options.MaxThickness && r.Height >= options.MinLength)
        {
            segments.Add(new RulingSegment(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
            return true;
        }

        return false;
    }

    private void AddStrokes(PdfSubpath subpath, List<RulingSegment> segments)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, segments);
                    current = line.To;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c, s, segments);
                    current = s;
                    break;
            }
        }
    }

    private void Add(PdfPoint from, PdfPoint to, List<RulingSegment> segments)
    {
        var dx = Math.Abs(to.X - from.X);
        var dy = Math.Abs(to.Y - from.Y);
        if (dy <= options.AxisTolerance && dx >= options.MinLength)
        {
            segments.Add(new RulingSegment(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (dx <= options.AxisTolerance && dy >= options.MinLength)
        {
            segments.Add(new RulingSegment(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }
}
