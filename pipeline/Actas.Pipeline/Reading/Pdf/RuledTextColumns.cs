using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Text parted by drawn vertical rules: newspaper columns with a column rule (Word's <c>w:cols w:sep="1"</c>) and a box of
/// framed paragraphs with a rule down its left side in the page's margin (<c>w:framePr</c>). Blind-w W4 donacion, a
/// newsletter: two justified columns with a rule between them, and "DATOS DE LA SESIÓN" ¶ "Fecha: martes 26 de marzo" ¶
/// "de 2019" ¶ "Horario: …" in the margin column beside the second one. Read line by line, the box runs into the column
/// beside it and the justified columns split at their wide spaces like table cells; the rules say where each column is.
/// </summary>
public static class RuledTextColumns
{
    /// <summary>A rule at least this long, in points, may part columns.</summary>
    private const double MinRuleLength = 60;

    /// <summary>The text on each side of a rule comes within this many font sizes of it.</summary>
    private const double NearGap = 3;

    /// <summary>Columns of running text on both sides of a column rule hold this many lines each…</summary>
    private const int MinColumnLines = 5;

    /// <summary>…are each at least this many font sizes wide…</summary>
    private const double MinColumnWidth = 12;

    /// <summary>…and most of their lines fill at least this share of their column.</summary>
    private const double FullLine = 0.6;

    /// <summary>A margin box holds at least this many lines…</summary>
    private const int MinBoxLines = 3;

    /// <summary>…is at most this share of the text's width wide…</summary>
    private const double MaxBoxShare = 0.3;

    /// <summary>
    /// …and fills at least this share of its rule's length: a frame's rule is as long as its text. A web page's sidebar
    /// border runs down the whole page beside a short list ("Actas de este Espacio" ¶ "Acta de la Novena Sesión Ordinaria" ¶
    /// "8 de febrero de 2024", blind-o linguisticos): that list is read after the text, not before it as a box.
    /// </summary>
    private const double BoxFill = 0.7;

    /// <summary>Words this many points above or below a rule's ends still stand beside it (a frame's rule ends at its padding).</summary>
    private const double EndAllowance = 3;

    /// <summary>Baselines within this many points are one line.</summary>
    private const double SameBaseline = 1;

    /// <summary>
    /// The sections the rules part, each its top and its columns' words left to right (a margin box a section of its own),
    /// taken out of <paramref name="words"/>; empty when no rule parts text.
    /// </summary>
    public static List<(double Top, List<List<PdfWord>> Columns)> Take(List<PdfWord> words, IReadOnlyList<RulingSegment> segments, IReadOnlyList<PdfGrid> grids)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(grids);
        var result = new List<(double Top, List<List<PdfWord>> Columns)>();
        var rules = segments.Where(s => !s.Horizontal && s.Length >= MinRuleLength && !grids.Any(g => Inside(s, g.Box))).ToList();
        if (rules.Count == 0 || words.Count == 0)
        {
            return result;
        }

        var left = words.Min(w => w.Box.Left);
        var right = words.Max(w => w.Box.Right);
        var boxes = new List<RulingSegment>();
        foreach (var rule in rules.OrderByDescending(r => r.Position))
        {
            if (Sides(words, rule) is { } box && box.Right.Count > 0 && box.Left.Count > 0 && box.Right.Max(w => w.Box.Right) - rule.Position <= MaxBoxShare * (right - left) &&
                Lines(box.Right).Count >= MinBoxLines && box.Right.Max(w => w.Box.Top) - box.Right.Min(w => w.Box.Bottom) >= BoxFill * rule.Length &&
                Near(box.Left, box.Right, rule))
            {
                words.RemoveAll(box.Right.Contains);
                boxes.Add(rule);
                result.Add((box.Right.Max(w => w.Box.Top), [box.Right]));
            }
        }

        foreach (var rule in rules.Except(boxes).OrderByDescending(r => r.Length))
        {
            // Another rule beside this one, over the same stretch, parts a table's columns, not two columns of text.
            var others = rules.Except(boxes).Any(o => Math.Abs(o.Position - rule.Position) > EndAllowance && o.Start < rule.End && o.End > rule.Start);
            // A column the text has not reached yet stays empty beside the rule: the last page's one column is still one.
            if (!others && Sides(words, rule) is { } sides && (sides.Left.Count == 0 || Running(sides.Left)) && (sides.Right.Count == 0 || Running(sides.Right)) &&
                Near(sides.Left, sides.Right, rule))
            {
                words.RemoveAll(w => sides.Left.Contains(w) || sides.Right.Contains(w));
                result.Add((sides.Left.Concat(sides.Right).Max(w => w.Box.Top), [.. new[] { sides.Left, sides.Right }.Where(c => c.Count > 0)]));
            }
        }

        return result;
    }

    /// <summary>The words beside the rule, left and right of it; null when a word crosses it or either side is empty.</summary>
    private static (List<PdfWord> Left, List<PdfWord> Right)? Sides(List<PdfWord> words, RulingSegment rule)
    {
        var band = words.Where(w => w.CentreY >= rule.Start - EndAllowance && w.CentreY <= rule.End + EndAllowance).ToList();
        if (band.Any(w => w.Box.Left < rule.Position && w.Box.Right > rule.Position))
        {
            return null;
        }

        var leftSide = band.Where(w => w.CentreX < rule.Position).ToList();
        var rightSide = band.Where(w => w.CentreX > rule.Position).ToList();
        return leftSide.Count + rightSide.Count == 0 ? null : (leftSide, rightSide);
    }

    /// <summary>The text on each side comes close to the rule: it stands beside the text, not at the page's edge.</summary>
    private static bool Near(List<PdfWord> leftSide, List<PdfWord> rightSide, RulingSegment rule)
    {
        var size = Math.Max(leftSide.Concat(rightSide).Select(w => w.FontSize).Order().ElementAt((leftSide.Count + rightSide.Count) / 2), 1);
        return (leftSide.Count == 0 || rule.Position - leftSide.Max(w => w.Box.Right) <= NearGap * size) &&
               (rightSide.Count == 0 || rightSide.Min(w => w.Box.Left) - rule.Position <= NearGap * size);
    }

    /// <summary>A column of running text: enough lines, wide enough, most of them filling it (a table's label column does not).</summary>
    private static bool Running(List<PdfWord> side)
    {
        var lines = Lines(side);
        if (lines.Count < MinColumnLines)
        {
            return false;
        }

        var size = Math.Max(side.Select(w => w.FontSize).Order().ElementAt(side.Count / 2), 1);
        var width = side.Max(w => w.Box.Right) - side.Min(w => w.Box.Left);
        var full = lines.Count(l => l.Max(w => w.Box.Right) - l.Min(w => w.Box.Left) >= FullLine * width);
        return width >= MinColumnWidth * size && full * 2 > lines.Count;
    }

    private static List<List<PdfWord>> Lines(IEnumerable<PdfWord> words)
    {
        var result = new List<List<PdfWord>>();
        foreach (var word in words.OrderByDescending(w => w.Baseline))
        {
            if (result.Count > 0 && Math.Abs(result[^1][0].Baseline - word.Baseline) <= SameBaseline)
            {
                result[^1].Add(word);
            }
            else
            {
                result.Add([word]);
            }
        }

        return result;
    }

    private static bool Inside(RulingSegment rule, BoundingBox box) =>
        rule.Position >= box.Left - 2 && rule.Position <= box.Right + 2 && rule.Start >= box.Bottom - 2 && rule.End <= box.Top + 2;
}
