using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Text set in a drawn shape wraps at the shape's edges, not the page's: a diagram's boxes as a word processor prints them
/// (blind batch AG, AG6: a SmartArt process of agreements, each box's text centred in a rounded rectangle, "La Secretaría
/// de Cultura convocará a las mayordomías a la selección de" / "maestros coheteros."). Measured against the page,
/// <see cref="ParagraphGrouper"/> sees room left after each line and a short line set right of the one above, and parts a
/// box's sentence in two; here a shape's lines are grouped again with the shape's own edges as the margins. Only a shape
/// that holds a few whole lines in a row counts (<see cref="MinLines"/>–<see cref="MaxLines"/>, none with a column gap,
/// none crossing its edge, no other line between them): a frame around a page or a section, or a shading behind part of a
/// line, keeps the page's reading.
/// </summary>
public static class DrawnTextBoxes
{
    private const int MinLines = 2;
    private const int MaxLines = 6;

    /// <summary>A line lies in a shape when it is inside it give or take this much (a stroke's half width, rounding), in points.</summary>
    private const double Tolerance = 1;

    /// <param name="lines">The page's lines, top to bottom.</param>
    /// <param name="shapes">The page's drawn closed shapes (<see cref="DrawnBoxes.Find"/>).</param>
    /// <returns>Each shape holding text with its lines; a line counts in the smallest shape around it.</returns>
    public static IReadOnlyList<DrawnTextBox> Find(IReadOnlyList<PdfLine> lines, IReadOnlyList<BoundingBox> shapes)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(shapes);
        var held = new Dictionary<int, List<PdfLine>>();
        var first = new Dictionary<int, int>();
        var crossed = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var smallest = -1;
            for (var k = 0; k < shapes.Count; k++)
            {
                if (Inside(line.Box, shapes[k]))
                {
                    smallest = smallest < 0 || Area(shapes[k]) < Area(shapes[smallest]) ? k : smallest;
                }
                else if (Overlaps(line.Box, shapes[k]))
                {
                    crossed.Add(k);
                }
            }

            if (smallest >= 0)
            {
                (held.TryGetValue(smallest, out var list) ? list : held[smallest] = []).Add(line);
                first.TryAdd(smallest, i);
                // A shape whose lines another line interrupts is a frame around more than a box of text (a bordered page).
                if (i - first[smallest] + 1 != held[smallest].Count)
                {
                    crossed.Add(smallest);
                }
            }
        }

        return [.. held.Where(h => !crossed.Contains(h.Key) && h.Value.Count is >= MinLines and <= MaxLines && !h.Value.Any(l => l.HasTab))
            .OrderBy(h => h.Key)
            .Select(h => new DrawnTextBox(shapes[h.Key], h.Value))];
    }

    /// <summary>
    /// The page's paragraphs with each box's lines grouped again inside the box (<paramref name="grouper"/>, the box's right
    /// edge as the line's end), placed where the box's first line was; a paragraph holding lines of a box and others keeps the others.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PdfLine>> Regroup(IReadOnlyList<IReadOnlyList<PdfLine>> paragraphs, IReadOnlyList<DrawnTextBox>? boxes, ParagraphGrouper grouper)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(grouper);
        if (boxes is null || boxes.Count == 0)
        {
            return paragraphs;
        }

        // A line a later filter took out (a running header) is read neither in the box nor outside it.
        var present = new HashSet<PdfLine>(paragraphs.SelectMany(p => p), ReferenceEqualityComparer.Instance);
        var kept = boxes.Select(b => b.Lines.Where(present.Contains).ToList()).ToList();
        var boxOf = new Dictionary<PdfLine, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < boxes.Count; k++)
        {
            foreach (var line in kept[k])
            {
                boxOf[line] = k;
            }
        }

        var result = new List<IReadOnlyList<PdfLine>>(paragraphs.Count);
        var placed = new HashSet<int>();
        foreach (var lines in paragraphs)
        {
            var rest = new List<PdfLine>();
            foreach (var line in lines)
            {
                if (!boxOf.TryGetValue(line, out var k))
                {
                    rest.Add(line);
                    continue;
                }

                if (rest.Count > 0)
                {
                    result.Add(rest);
                    rest = [];
                }

                if (placed.Add(k))
                {
                    result.AddRange(grouper.Group(kept[k], null, boxes[k].Box.Right));
                }
            }

            if (rest.Count > 0)
            {
                result.Add(rest);
            }
        }

        return result;
    }

    private static bool Inside(BoundingBox line, BoundingBox shape) =>
        line.Left >= shape.Left - Tolerance && line.Right <= shape.Right + Tolerance && line.Bottom >= shape.Bottom - Tolerance && line.Top <= shape.Top + Tolerance;

    private static bool Overlaps(BoundingBox line, BoundingBox shape) =>
        line.Left < shape.Right && line.Right > shape.Left && line.Bottom < shape.Top && line.Top > shape.Bottom;

    private static double Area(BoundingBox box) => (box.Right - box.Left) * (box.Top - box.Bottom);
}
