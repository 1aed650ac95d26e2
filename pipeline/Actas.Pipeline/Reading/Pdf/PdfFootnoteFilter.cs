using System.Text.RegularExpressions;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Takes footnotes out of a page's words, as the Word reader drops notes: a reference mark (a
/// number of one or two digits, a lower-case roman numeral, or "*", set smaller and raised beside a
/// word of the text: "Condesa¹", "notaⁱ") and the note text at the foot of the page (lines in the
/// lower part of the page, smaller than the body text, from one that starts with such a mark down to
/// the end of the page). Endnotes are read the same way wherever they start on the page, when nothing
/// set at the text's size follows them.
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

    /// <summary>
    /// …and the mark that opens a note stands at most this share of the note's size before its first word (a space; from
    /// the glyphs of narrow roman marks it measures more: 0.40–0.50 of a 9 pt note after "i", "ii" in blind batch T, T1's PDF).
    /// </summary>
    private const double NoteMarkGap = 0.75;

    /// <summary>Share of the page's height at its foot where a running footer may stand under endnotes.</summary>
    private const double FooterBand = 0.1;

    /// <summary>The words without footnote marks and note text; the body size is the most used one on the page.</summary>
    public List<PdfWord> Filter(List<PdfWord> words) => Split(words).Body;

    /// <summary>
    /// The words without footnote marks and note text, and the notes themselves: each note's words, from the mark that
    /// opens it ("¹ Informe de la Secretaría…, meta 318.1: …") to the next mark, as the Word reader reads footnotes
    /// apart from the text (<see cref="Model.DocumentRegion.Footnote"/>). A note's mark is set small at the start of a
    /// line, touching its first word or a space before it.
    /// </summary>
    /// <param name="words">The page's words.</param>
    /// <param name="textSize">
    /// The size the text of the pages before this one is set in, when known: a page of endnotes is all set smaller than
    /// the text (blind batch T, T1: LibreOffice prints a Word acta's endnotes on a page of their own after the closing,
    /// "ⁱ Meta 226.1. Informe de la Secretaría…: …" in 9 pt under 11 pt text), so its own most used size is the notes'.
    /// </param>
    /// <param name="pageHeight">The page's height in points, when known: below endnotes only its foot may hold text of the text's size (a footer).</param>
    public (List<PdfWord> Body, List<List<PdfWord>> Notes) Split(List<PdfWord> words, double? textSize = null, double pageHeight = 0)
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
        var noteBody = body; // the size note text is smaller than: the page's, or the text's before a page of endnotes
        var opening = new HashSet<PdfWord>();
        foreach (var mark in words.Where(w => Mark().IsMatch(w.Text)).OrderByDescending(m => m.Baseline))
        {
            var next = marks.Contains(mark) ? Beside(mark, words)! : NoteStart(mark, words);
            if (next is null)
            {
                continue;
            }

            var startsLine = !words.Any(w => w != mark && w.Box.Right <= mark.Box.Left + 0.5 && Math.Abs(w.Baseline - next.Baseline) < 0.5 * next.FontSize);
            if (!startsLine || next.Box.Left <= mark.Box.Left)
            {
                continue;
            }

            if (next.FontSize < NoteSize * body && mark.Baseline < top - (NoteBand * (top - bottom)))
            {
                noteTop = Math.Max(noteTop, next.Box.Top + 0.5);
                marks.Add(mark);
                opening.Add(mark);
            }
            else if (textSize is { } text && next.FontSize < NoteSize * text && EndsTheText(next, words, text, FooterBand * pageHeight))
            {
                noteTop = Math.Max(noteTop, next.Box.Top + 0.5);
                noteBody = Math.Max(noteBody, text);
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
        var inNotes = words.Where(w => opening.Contains(w) || (!marks.Contains(w) && w.Box.Top <= noteTop && w.FontSize < NoteSize * noteBody))
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

        if (InColumn(words, notes, noteBody))
        {
            // Text of the body's size stands beside the "notes": they are the foot of one text column (blind-i politicos-2:
            // a signature and its note in the right column, the closing sentence in the left), read with their column;
            // only the marks set against words go.
            return ([.. words.Where(w => !beside.Contains(w))], []);
        }

        var kept = words.Where(w => !marks.Contains(w) && (after.Contains(w) || !(w.Box.Top <= noteTop && w.FontSize < NoteSize * noteBody))).ToList();
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
    /// Whether nothing set at the text's size stands from the note's first line down, but for a running footer at the foot:
    /// notes that end the text, as endnotes do, wherever on the page they start.
    /// </summary>
    private static bool EndsTheText(PdfWord first, List<PdfWord> words, double textSize, double footer) =>
        !words.Any(w => w.Box.Top <= first.Box.Top + 0.5 && w.Box.Bottom > footer && w.FontSize >= NoteSize * textSize);

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

    [GeneratedRegex(@"^(?:\d{1,2}|\*{1,3}|i{1,3}|iv|vi{0,3}|ix|xi{0,3})$")]
    private static partial Regex Mark();
}
