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
/// qualifies when at least <see cref="DrawnBoxCanvasOptions.MinInside"/> of its words lie in boxes and two boxes
/// holding text stand side by side with page showing between them: a ruled table's cells touch, so a table keeps
/// its ordinary reading.
/// </summary>
public sealed class DrawnBoxCanvas(LineGrouper lines, DrawnBoxCanvasOptions options)
{
    /// <summary>A box lies in another when it is inside it give or take this much (a stroke's half width, rounding).</summary>
    private const double Tolerance = 1;

    /// <summary>Two boxes are side by side when they share at least this share of the lower one's height.</summary>
    private const double SideBySide = 0.5;

    private sealed class Node(BoundingBox box)
    {
        public BoundingBox Box { get; } = box;

        public List<Node> Children { get; } = [];

        public List<PdfWord> Words { get; } = [];
    }

    private sealed record Piece(BoundingBox Box, Node? Child, PdfLine? Line);

    /// <summary>The page as one section of its boxes in reading order; null when it is not a canvas of boxes.</summary>
    public PdfColumnSection? Read(Page page, IReadOnlyList<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Read(DrawnBoxes.Find(page.Paths, page.Width, page.Height, options), words, page.Width, page.Height);
    }

    /// <summary>
    /// The page as one section whose columns are its boxes' lines in reading order (a box's loose lines together, then
    /// each box inside it where it stands); null when the page is not a canvas of boxes.
    /// </summary>
    public PdfColumnSection? Read(IReadOnlyList<BoundingBox> boxes, IReadOnlyList<PdfWord> words, double pageWidth, double pageHeight)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        ArgumentNullException.ThrowIfNull(words);
        if (boxes.Count < 2 || words.Count == 0)
        {
            return null;
        }

        var held = boxes.Where(b => words.Any(w => w.IsIn(b))).ToList();
        if (held.Count < 2 || !AnyApart(held) || words.Count(w => held.Any(w.IsIn)) < options.MinInside * words.Count)
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

        foreach (var word in words)
        {
            (placed.LastOrDefault(p => word.IsIn(p.Box)) ?? root).Words.Add(word);
        }

        var columns = new List<IReadOnlyList<PdfLine>>();
        Emit(Collapse(root), columns);
        return new PdfColumnSection(pageHeight, columns);
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
