using System.Text.RegularExpressions;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Takes footnotes out of a page's words, as the Word reader drops notes: a reference mark (a
/// number of one or two digits, or "*", set smaller and raised beside a word of the text: "Condesa¹")
/// and the note text at the foot of the page (lines in the lower part of the page, smaller than
/// the body text, from one that starts with such a mark down to the end of the page).
/// </summary>
public sealed partial class PdfFootnoteFilter
{
    /// <summary>A mark is at most this share of the size of the word beside it…</summary>
    private const double MarkSize = 0.85;

    /// <summary>…or its baseline stands this share of that word's size above it.</summary>
    private const double MarkRaise = 0.2;

    /// <summary>Note text is smaller than this share of the body size…</summary>
    private const double NoteSize = 0.95;

    /// <summary>…and starts in the lower part of the page: below this share of its height from the top.</summary>
    private const double NoteBand = 0.5;

    /// <summary>The words without footnote marks and note text; the body size is the most used one on the page.</summary>
    public List<PdfWord> Filter(List<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!words.Any(w => Mark().IsMatch(w.Text)))
        {
            return words;
        }

        var body = words.GroupBy(w => Math.Round(w.FontSize, 1)).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
        var top = words.Max(w => w.Box.Top);
        var bottom = words.Min(w => w.Box.Bottom);
        var marks = words.Where(w => Mark().IsMatch(w.Text) && Beside(w, words) is not null).ToHashSet();
        var noteTop = double.NegativeInfinity;
        foreach (var mark in marks.OrderByDescending(m => m.Baseline))
        {
            var next = Beside(mark, words)!;
            var startsLine = !words.Any(w => w != mark && w.Box.Right <= mark.Box.Left + 0.5 && Math.Abs(w.Baseline - next.Baseline) < 0.5 * next.FontSize);
            if (startsLine && next.Box.Left > mark.Box.Left && next.FontSize < NoteSize * body && mark.Baseline < top - (NoteBand * (top - bottom)))
            {
                noteTop = Math.Max(noteTop, next.Box.Top + 0.5);
            }
        }

        return [.. words.Where(w => !marks.Contains(w) && !(w.Box.Top <= noteTop && w.FontSize < NoteSize * body))];
    }

    /// <summary>
    /// The text word a mark is set against (touching it on the left or right, larger or lower); null when there is none.
    /// A number counts as text when the mark is set smaller than it ("sala 2¹": blind-h H3 riesgos).
    /// </summary>
    private static PdfWord? Beside(PdfWord mark, List<PdfWord> words) =>
        words.Where(w => w != mark && w.Box.Bottom < mark.Box.Top && w.Box.Top > mark.Box.Bottom &&
                (Math.Abs(w.Box.Left - mark.Box.Right) <= 2 || Math.Abs(mark.Box.Left - w.Box.Right) <= 2) &&
                (mark.FontSize <= MarkSize * w.FontSize || mark.Baseline - w.Baseline >= MarkRaise * w.FontSize) &&
                (!Mark().IsMatch(w.Text) || mark.FontSize <= MarkSize * w.FontSize))
            .OrderBy(w => Math.Min(Math.Abs(w.Box.Left - mark.Box.Right), Math.Abs(mark.Box.Left - w.Box.Right)))
            .FirstOrDefault();

    [GeneratedRegex(@"^(?:\d{1,2}|\*{1,3})$")]
    private static partial Regex Mark();
}
