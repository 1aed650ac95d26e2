using Actas.Pipeline.Model;
using UglyToad.PdfPig.Content;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A page whose text all sits in drawn boxes set side by side is a canvas, not a flow of text: a whiteboard exported
/// from the browser (blind batch T, T3: a Mural board printed from Chromium, frames holding sticky notes and cards),
/// where lines of neighbouring cards share baselines and interleave when read as lines:
/// <code>
///   ┌ Estrategia 446 · Reconocer … ─────────────────────────────┐
///   │ ┌ Meta 446.1 ──────────┐   ┌ Meta 446.2 ──────────┐       │
///   │ ┌ ✔ Informe entregado ─┐   ┌ ✖ Sin informe ───────┐       │
///   │ ┌ note ┐ ┌ note ┐          ┌ note ┐                        │
/// </code>
/// Such a page is read box by box: boxes nest (a frame holds its cards), each box's own lines stay together, and the
/// pieces of a box are put in order by cutting at the gaps between them, columns first, then top to bottom (a
/// frame's title heads its cards; a column of cards under a goal is read down before the next goal). A page
/// qualifies when at least <see cref="DrawnBoxCanvasOptions.MinInside"/> of the words across the boxes' height band
/// (from the lowest box's bottom to the highest one's top) lie in boxes and two boxes
/// holding text stand side by side with page showing between them: a ruled table's cells touch, so a table keeps
/// its ordinary reading.
/// </summary>
public sealed class DrawnBoxCanvas(LineGrouper lines, DrawnBoxCanvasOptions options)
{
    /// <summary>A box lies in another when it is inside it give or take this much (a stroke's half width, rounding).</summary>
    private const double Tolerance = 1;

    /// <summary>Two boxes are side by side when they share at least this share of the lower one's height.</summary>
    private const double SideBySide = 0.5;

    /// <summary>
    /// The boxes' height band holds at least this share of the page's words: a pair of boxes under a page of prose
    /// (signature boxes, a closing note) leaves the page to its ordinary reading.
    /// </summary>
    private const double MinBand = 0.5;

    private sealed class Node(BoundingBox box)
    {
        public BoundingBox Box { get; } = box;

        public List<Node> Children { get; } = [];

        public List<PdfWord> Words { get; } = [];
    }

    private sealed record Piece(BoundingBox Box, Node? Child, PdfLine? Line);

    /// <summary>
    /// The page's boxes as one section in reading order, and the lines above and below the boxes' height band (a
    /// slide's title, a running footer) as the page's own lines; null when it is not a canvas of boxes.
    /// </summary>
    public (PdfColumnSection Boxes, IReadOnlyList<PdfLine> Around)? Read(Page page, IReadOnlyList<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(page);
        var boxes = DrawnBoxes.Find(page.Paths, page.Width, page.Height, options);
        return Read(boxes, words, page.Width, page.Height) ??
            Read([.. boxes, .. DrawnBoxes.StripFrames(page.Paths, options)], words, page.Width, page.Height, band: true);
    }

    /// <summary>
    /// The page as one section whose columns are its boxes' lines in reading order (a box's loose lines together, then
    /// each box inside it where it stands), topped at the boxes' height band, and the lines outside that band; null
    /// when the page is not a canvas of boxes.
    /// </summary>
    /// <param name="band">
    /// Count the share of words in boxes over the boxes' height band (a slide: title above, footer below), when no box
    /// touches another side by side (a table's cells); otherwise over the whole page.
    /// </param>
    public (PdfColumnSection Boxes, IReadOnlyList<PdfLine> Around)? Read(IReadOnlyList<BoundingBox> boxes, IReadOnlyList<PdfWord> words, double pageWidth, double pageHeight, bool band = false)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(words);
        if (boxes.Count < 2 || words.Count == 0)
        {
            return null;
        }

        var held = boxes.Where(b => words.Any(w => w.IsIn(b))).ToList();
        if (held.Count < 2 || !AnyApart(held) || (band && AnyTouching(held, boxes)))
        {
            return null;
        }

        // In a band the share is counted over the boxes' height: a slide's title above its cards and the running
        // footer below them are the page's own lines, not text beside the boxes.
        var low = band ? held.Min(b => b.Bottom) : double.NegativeInfinity;
        var high = band ? held.Max(b => b.Top) : double.PositiveInfinity;
        var inBand = words.Where(w => w.CentreY >= low && w.CentreY <= high).ToList();
        if (inBand.Count < MinBand * words.Count || inBand.Count(w => held.Any(w.IsIn)) < options.MinInside * inBand.Count)
        {
            return null;
        }

        var root = new Node(new BoundingBox(0, 0, pageWidth, pageHeight));
        var placed = new List<Node>();
        foreach (var box in held.OrderByDescending(b => b.Width * b.Height))
        {
            var node = new Node(box);
            (placed.LastOrDefault(p => Holds(p.Box, box)) ?? root).Children.Add(node);
            placed.Add(node);
        }

        foreach (var word in inBand)
        {
            (placed.LastOrDefault(p => word.IsIn(p.Box)) ?? root).Words.Add(word);
        }

        var columns = new List<IReadOnlyList<PdfLine>>();
        Emit(Collapse(root), columns);
        return (new PdfColumnSection(band ? high : pageHeight, columns), lines.Group(words.Where(w => w.CentreY < low || w.CentreY > high)));
    }

    /// <summary>
    /// Whether some box holding text has page showing between it and its nearest neighbour on the right (a box beside
    /// it, neither inside the other): the cells of a table touch their neighbours.
    /// </summary>
    private bool AnyApart(List<BoundingBox> held)
    {
        foreach (var a in held)
        {
            var gap = double.PositiveInfinity;
            foreach (var b in held)
            {
                var shared = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                if (b.Left >= a.Right - Tolerance && shared >= SideBySide * Math.Min(a.Height, b.Height) && !Holds(b, a))
                {
                    gap = Math.Min(gap, b.Left - a.Right);
                }
            }

            if (gap >= options.MinGap && !double.IsPositiveInfinity(gap))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a box holding text and another box (an empty cell too) stand side by side with less than
    /// <see cref="DrawnBoxCanvasOptions.MinGap"/> between them, neither inside the other: the cells of a table drawn box
    /// by box (a spreadsheet's grid, a form's table of rectangles), which keeps its reading as a table even when other
    /// boxes on the page stand apart.
    /// </summary>
    private bool AnyTouching(List<BoundingBox> held, IReadOnlyList<BoundingBox> boxes) =>
        held.Any(a => boxes.Any(b => Touch(a, b)));

    private bool Touch(BoundingBox a, BoundingBox b)
    {
        if (Holds(a, b) || Holds(b, a))
        {
            return false;
        }

        var gap = Math.Max(a.Left, b.Left) - Math.Min(a.Right, b.Right);
        var shared = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        return gap >= -Tolerance && gap < options.MinGap && shared >= SideBySide * Math.Min(a.Height, b.Height);
    }

    private static bool Holds(BoundingBox outer, BoundingBox inner) =>
        inner.Left >= outer.Left - Tolerance && inner.Right <= outer.Right + Tolerance &&
        inner.Bottom >= outer.Bottom - Tolerance && inner.Top <= outer.Top + Tolerance;

    /// <summary>A box with no text of its own around a single box (a card's shadow, a fill under an outline) is that box.</summary>
    private static Node Collapse(Node node)
    {
        for (var i = 0; i < node.Children.Count; i++)
        {
            node.Children[i] = Collapse(node.Children[i]);
        }

        return node.Words.Count == 0 && node.Children.Count == 1 ? node.Children[0] : node;
    }

    private void Emit(Node node, List<IReadOnlyList<PdfLine>> columns)
    {
        var pieces = node.Children.Select(c => new Piece(c.Box, c, null))
            .Concat(lines.Group(node.Words, prose: true).Select(l => new Piece(l.Box, null, l)))
            .ToList();
        var run = new List<PdfLine>();
        foreach (var piece in Order(pieces))
        {
            if (piece.Line is { } line)
            {
                run.Add(line);
                continue;
            }

            if (run.Count > 0)
            {
                columns.Add(run);
                run = [];
            }

            Emit(piece.Child!, columns);
        }

        if (run.Count > 0)
        {
            columns.Add(run);
        }
    }

    /// <summary>Recursive cuts at the gaps between pieces: a gap from top to bottom first (columns, left to right), else one across (top to bottom).</summary>
    private static IEnumerable<Piece> Order(List<Piece> pieces)
    {
        if (pieces.Count <= 1)
        {
            return pieces;
        }

        var groups = Split(pieces, across: false);
        if (groups.Count == 1)
        {
            groups = Split(pieces, across: true);
        }

        return groups.Count == 1
            ? pieces.OrderByDescending(p => p.Box.Top).ThenBy(p => p.Box.Left)
            : groups.SelectMany(Order);
    }

    private static List<List<Piece>> Split(List<Piece> pieces, bool across)
    {
        var sorted = across ? pieces.OrderByDescending(p => p.Box.Top).ToList() : pieces.OrderBy(p => p.Box.Left).ToList();
        var groups = new List<List<Piece>> { new() { sorted[0] } };
        var edge = across ? sorted[0].Box.Bottom : sorted[0].Box.Right;
        foreach (var piece in sorted.Skip(1))
        {
            if (across ? piece.Box.Top < edge : piece.Box.Left > edge)
            {
                groups.Add([piece]);
                edge = across ? piece.Box.Bottom : piece.Box.Right;
                continue;
            }

            groups[^1].Add(piece);
            edge = across ? Math.Min(edge, piece.Box.Bottom) : Math.Max(edge, piece.Box.Right);
        }

        return groups;
    }
}
