using System.Text;
using Actas.Pipeline.Model;
using UglyToad.PdfPig.Content;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Reads text set upright, as Word prints a table cell with <c>w:textDirection btLr</c> (read bottom to top, lines
/// stacked left to right) or <c>tbRl</c> (top to bottom, lines right to left): the header row of a tracking matrix
/// whose narrow columns carry their titles sideways ("3a. sesión (12/02/2020) — esta sesión", blind-u U5 policial).
/// PdfPig's <c>GetWords()</c> gives each rotated letter as a word of its own, which left in reads "r o d a c i d in" and
/// the header is lost. Here each vertical line's letters are put in reading order and the lines standing side by side
/// (one cell's wrapped title) are gathered into one word with the cell's whole text, so the table builder places it in
/// its cell like any other word.
/// </summary>
public static class VerticalText
{
    /// <summary>Baselines within this many points are one vertical line.</summary>
    private const double SameBaseline = 1;

    /// <summary>A gap along a line wider than this many font sizes starts another line.</summary>
    private const double LineBreak = 2;

    /// <summary>Lines whose baselines stand within this many font sizes are one cell's wrapped text.</summary>
    private const double LinePitch = 1.8;

    /// <summary>A gap between letters wider than this many font sizes is a space the PDF did not write.</summary>
    private const double SpaceGap = 0.2;

    public static bool IsVertical(TextOrientation orientation) => orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;

    /// <summary>The page's upright text as words, one per block of side-by-side lines; empty when none is upright.</summary>
    public static List<PdfWord> Gather(IReadOnlyList<Letter> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var lines = Lines(letters.Where(l => IsVertical(l.TextOrientation)));
        var blocks = new List<List<Line>>();
        foreach (var line in lines.OrderBy(l => l.X))
        {
            var block = blocks.FirstOrDefault(b => b[^1].Up == line.Up && line.X - b[^1].X <= LinePitch * line.Size && Overlap(b[^1], line));
            if (block is null)
            {
                blocks.Add([line]);
            }
            else
            {
                block.Add(line);
            }
        }

        return [.. blocks.Select(Word).Where(w => w.Text.Length > 0)];
    }

    private static PdfWord Word(List<Line> block)
    {
        // Bottom-to-top lines are stacked left to right; top-to-bottom ones right to left.
        var ordered = block[0].Up ? block : Enumerable.Reverse(block).ToList();
        var text = WhitespaceCollapser.Collapse(string.Join(' ', ordered.Select(l => l.Text)));
        var box = block.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        return new PdfWord(text, box, box.Bottom, block[0].Size, block.All(l => l.Bold));
    }

    private static bool Overlap(Line a, Line b) => a.Box.Bottom <= b.Box.Top && b.Box.Bottom <= a.Box.Top;

    private static List<Line> Lines(IEnumerable<Letter> letters)
    {
        var result = new List<Line>();
        var byBaseline = new List<List<Letter>>();
        foreach (var letter in letters.OrderBy(l => l.StartBaseLine.X))
        {
            var last = byBaseline.Count > 0 ? byBaseline[^1] : null;
            if (last is not null && letter.StartBaseLine.X - last[^1].StartBaseLine.X <= SameBaseline && Up(last[0]) == Up(letter))
            {
                last.Add(letter);
            }
            else
            {
                byBaseline.Add([letter]);
            }
        }

        foreach (var group in byBaseline)
        {
            var up = Up(group[0]);
            var along = up ? group.OrderBy(l => l.StartBaseLine.Y).ToList() : group.OrderByDescending(l => l.StartBaseLine.Y).ToList();
            var current = new List<Letter>();
            foreach (var letter in along)
            {
                if (current.Count > 0 && Gap(current[^1], letter) > LineBreak * Size(letter))
                {
                    result.Add(Read(current, up));
                    current = [];
                }

                current.Add(letter);
            }

            if (current.Count > 0)
            {
                result.Add(Read(current, up));
            }
        }

        return result;
    }

    private static bool Up(Letter letter) => letter.EndBaseLine.Y >= letter.StartBaseLine.Y;

    private static double Size(Letter letter) => Math.Max(letter.PointSize, 1);

    /// <summary>Distance along the reading direction from the end of one letter to the start of the next.</summary>
    private static double Gap(Letter before, Letter after) => Math.Abs(after.StartBaseLine.Y - before.EndBaseLine.Y);

    private static Line Read(List<Letter> letters, bool up)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && Gap(letters[i - 1], letters[i]) > SpaceGap * Size(letters[i]))
            {
                text.Append(' ');
            }

            text.Append(letters[i].Value);
        }

        var box = letters.Select(Box).Aggregate((a, b) => a.Union(b));
        var bold = letters.All(l => (l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false) || l.FontDetails?.IsBold == true);
        return new Line(up, letters[0].StartBaseLine.X, WhitespaceCollapser.Collapse(text.ToString()), box, Size(letters[0]), bold);
    }

    /// <summary>A rotated glyph's rectangle with its corners put back in order (PdfPig's may have Top below Bottom).</summary>
    private static BoundingBox Box(Letter letter)
    {
        var r = letter.BoundingBox;
        return new BoundingBox(Math.Min(r.Left, r.Right), Math.Min(r.Bottom, r.Top), Math.Max(r.Left, r.Right), Math.Max(r.Bottom, r.Top));
    }

    private sealed record Line(bool Up, double X, string Text, BoundingBox Box, double Size, bool Bold);
}
