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

    /// <summary>…and the mark that opens a note stands at most this share of the note's size before its first word (a space).</summary>
    private const double NoteMarkGap = 0.4;

    /// <summary>The words without footnote marks and note text; the body size is the most used one on the page.</summary>
    public List<PdfWord> Filter(List<PdfWord> words) => Split(words).Body;

    /// <summary>
    /// The words without footnote marks and note text, and the notes themselves: each note's words, from the mark that
    /// opens it ("¹ Informe de la Secretaría…, meta 318.1: …") to the next mark, as the Word reader reads footnotes
    /// apart from the text (<see cref="Model.DocumentRegion.Footnote"/>). A note's mark is set small at the start of a
    /// line, touching its first word or a space before it.
    /// </summary>
    public (List<PdfWord> Body, List<List<PdfWord>> Notes) Split(List<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!words.Any(w => Mark().IsMatch(w.Text)))
        {
            return (words, []);
        }

        var body = words.GroupBy(w => Math.Round(w.FontSize, 1)).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
        var top = words.Max(w => w.Box.Top);
        var bottom = words.Min(w => w.Box.Bottom);
        var marks = words.Where(w => Mark().IsMatch(w.Text) && Beside(w, words) is not null).ToHashSet();
        var beside = marks.ToHashSet();
        var noteTop = double.NegativeInfinity;
        var opening = new HashSet<PdfWord>();
        foreach (var mark in words.Where(w => Mark().IsMatch(w.Text)).OrderByDescending(m => m.Baseline))
        {
            var next = marks.Contains(mark) ? Beside(mark, words)! : NoteStart(mark, words);
            if (next is null)
            {
                continue;
            }

            var startsLine = !words.Any(w => w != mark && w.Box.Right <= mark.Box.Left + 0.5 && Math.Abs(w.Baseline - next.Baseline) < 0.5 * next.FontSize);
            if (startsLine && next.Box.Left > mark.Box.Left && next.FontSize < NoteSize * body && mark.Baseline < top - (NoteBand * (top - bottom)))
            {
                noteTop = Math.Max(noteTop, next.Box.Top + 0.5);
                marks.Add(mark);
                opening.Add(mark);
            }
        }

        if (opening.Count == 0)
        {
            return ([.. words.Where(w => !marks.Contains(w) && !(w.Box.Top <= noteTop && w.FontSize < NoteSize * body))], []);
        }

        // Note text, top to bottom and left to right: each opening mark starts a note; the words before the first mark
        // (a note carried over from the previous page) are in none, and those past a gap wider than two lines under a
        // note (a running footer: "Página 2 de 3") are text.
        var inNotes = words.Where(w => opening.Contains(w) || (!marks.Contains(w) && w.Box.Top <= noteTop && w.FontSize < NoteSize * body))
            .OrderByDescending(w => w.Baseline).ThenBy(w => w.Box.Left).ToList();
        var notes = new List<List<PdfWord>>();
        var after = new HashSet<PdfWord>();
        List<PdfWord>? current = null;
        var lastBaseline = double.NaN;
        foreach (var word in inNotes)
        {
            if (opening.Contains(word))
            {
                current = [word];
                notes.Add(current);
            }
            else if (current is not null && lastBaseline - word.Baseline > 2.5 * Math.Max(word.FontSize, current[^1].FontSize))
            {
                current = null;
                after.Add(word);
            }
            else if (current is not null)
            {
                current.Add(word);
            }
            else if (notes.Count > 0)
            {
                after.Add(word);
            }

            lastBaseline = word.Baseline;
        }

        if (InColumn(words, notes, body))
        {
            // Text of the body's size stands beside the "notes": they are the foot of one text column (blind-i politicos-2:
            // a signature and its note in the right column, the closing sentence in the left), read with their column;
            // only the marks set against words go.
            return ([.. words.Where(w => !beside.Contains(w))], []);
        }

        var kept = words.Where(w => !marks.Contains(w) && (after.Contains(w) || !(w.Box.Top <= noteTop && w.FontSize < NoteSize * body))).ToList();
        return (kept, notes);
    }

    /// <summary>
    /// Whether words of the body's size stand beside the notes — left or right of them, their top between the top of the
    /// notes and the notes' last baseline — as the other column of a page set in two columns does. A page number or
    /// footer under the notes is not beside them.
    /// </summary>
    private static bool InColumn(List<PdfWord> words, List<List<PdfWord>> notes, double body)
    {
        var all = notes.SelectMany(n => n).ToList();
        var (left, right) = (all.Min(w => w.Box.Left), all.Max(w => w.Box.Right));
        var (top, last) = (all.Max(w => w.Box.Top), all.Min(w => w.Baseline));
        return words.Any(w => w.FontSize >= NoteSize * body && w.Box.Top <= top + 0.5 && w.Box.Top > last &&
            (w.Box.Right < left || w.Box.Left > right));
    }

    /// <summary>
    /// The first word of a note a mark opens when a space stands between them ("¹ Informe…"): the word on the mark's line
    /// right after it, larger than it, at most <see cref="NoteMarkGap"/> of its size away; null when there is none.
    /// </summary>
    private static PdfWord? NoteStart(PdfWord mark, List<PdfWord> words) =>
        words.Where(w => w != mark && w.Box.Bottom < mark.Box.Top && w.Box.Top > mark.Box.Bottom &&
                w.Box.Left >= mark.Box.Right && w.Box.Left - mark.Box.Right <= NoteMarkGap * w.FontSize &&
                mark.FontSize <= MarkSize * w.FontSize && !Mark().IsMatch(w.Text))
            .OrderBy(w => w.Box.Left)
            .FirstOrDefault();

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
