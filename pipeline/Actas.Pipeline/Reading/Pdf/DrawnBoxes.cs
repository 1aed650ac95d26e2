using Actas.Pipeline.Model;
using UglyToad.PdfPig.Graphics;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// The closed shapes a page fills or strokes (rectangles, rounded rectangles, circles) as boxes, each once: a card
/// drawn as a fill and an outline, or twice by the browser, gives one box. Clipping paths, marks smaller than
/// <see cref="DrawnBoxCanvasOptions.MinSide"/> and the page's background are left out.
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
}
