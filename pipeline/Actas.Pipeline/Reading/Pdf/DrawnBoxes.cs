using Actas.Pipeline.Model;
using UglyToad.PdfPig.Graphics;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// The closed shapes a page fills or strokes (rectangles, rounded rectangles, circles) as boxes, each once: a card
/// drawn as a fill and an outline, or twice by the browser, gives one box. Clipping paths, marks smaller than
/// <see cref="DrawnBoxCanvasOptions.MinSide"/> and the page's background are left out. A card drawn as four thin
/// strips, its borders, is found apart (<see cref="StripFrames(IEnumerable{PdfPath}, DrawnBoxCanvasOptions)"/>).
/// </summary>
public static class DrawnBoxes
{
    /// <summary>A closed shape has at least a move and three more commands (a rectangle's three sides and its close).</summary>
    private const int MinCommands = 4;

    public static List<BoundingBox> Find(IEnumerable<PdfPath> paths, double pageWidth, double pageHeight, DrawnBoxCanvasOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var seen = new HashSet<(long, long, long, long)>();
        var boxes = new List<BoundingBox>();
        foreach (var path in paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.Commands.Count < MinCommands || subpath.GetBoundingRectangle() is not { } r ||
                    r.Width < options.MinSide || r.Height < options.MinSide || r.Width * r.Height > options.MaxPageShare * pageWidth * pageHeight)
                {
                    continue;
                }

                if (seen.Add(((long)Math.Round(r.Left), (long)Math.Round(r.Bottom), (long)Math.Round(r.Right), (long)Math.Round(r.Top))))
                {
                    boxes.Add(new BoundingBox(r.Left, r.Bottom, r.Right, r.Top));
                }
            }
        }

        return boxes;
    }

    /// <summary>The boxes the page draws as four thin strips each (see <see cref="StripFrames(IReadOnlyList{BoundingBox}, double)"/>).</summary>
    public static IEnumerable<BoundingBox> StripFrames(IEnumerable<PdfPath> paths, DrawnBoxCanvasOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var strips = new List<BoundingBox>();
        foreach (var path in paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.Commands.Count >= MinCommands && subpath.GetBoundingRectangle() is { } r && (r.Width < options.MinSide || r.Height < options.MinSide))
                {
                    strips.Add(new BoundingBox(r.Left, r.Bottom, r.Right, r.Top));
                }
            }
        }

        return StripFrames(strips, options.MinSide);
    }

    /// <summary>Two strips' ends meet when they are this close (a stroke's half width, rounding).</summary>
    private const double Meet = 1.5;

    /// <summary>
    /// Boxes drawn as four thin strips (a card's borders painted as separate fills, as browsers print a CSS border of
    /// different widths): two upright strips whose ends lie in a strip across at the top and one at the bottom, the
    /// strips across ending where the upright ones stand. A ruled table's long rules make one frame around it at most.
    /// </summary>
    public static IEnumerable<BoundingBox> StripFrames(IReadOnlyList<BoundingBox> strips, double minSide)
    {
        ArgumentNullException.ThrowIfNull(strips);
        var across = strips.Where(s => s.Height < minSide && s.Width >= minSide).ToList();
        var upright = strips.Where(s => s.Width < minSide && s.Height >= minSide).OrderBy(s => s.Left).ToList();
        if (across.Count < 2 || upright.Count < 2)
        {
            yield break;
        }

        for (var i = 0; i < upright.Count; i++)
        {
            var left = upright[i];
            for (var j = i + 1; j < upright.Count; j++)
            {
                var right = upright[j];
                if (Math.Abs(right.Bottom - left.Bottom) > Meet || Math.Abs(right.Top - left.Top) > Meet || right.Left - left.Right < minSide)
                {
                    continue;
                }

                bool Spans(BoundingBox s, double y) =>
                    y >= s.Bottom - Meet && y <= s.Top + Meet && Math.Abs(s.Left - left.Left) <= Meet && Math.Abs(s.Right - right.Right) <= Meet;
                var top = across.FirstOrDefault(s => Spans(s, left.Top));
                var bottom = across.FirstOrDefault(s => Spans(s, left.Bottom) && s != top);
                if (top is not null && bottom is not null)
                {
                    yield return new BoundingBox(left.Left, Math.Min(bottom.Bottom, left.Bottom), right.Right, Math.Max(top.Top, left.Top));
                }
            }
        }
    }
}
