using Actas.Pipeline.Model;
using UglyToad.PdfPig.Content;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Letters with a line drawn through them are deleted text, not content: a document printed with its tracked changes
/// shown (LibreOffice, Word's "All markup") strikes the deleted words through and underlines the inserted ones, often
/// with no space between them, so PdfPig reads "<c>HernándezFernández</c>" as one word. A letter is struck when a
/// horizontal rule (<see cref="RulingSegment"/>) crosses its middle: above the baseline by between
/// <see cref="Low"/> and <see cref="High"/> of the word's height over its baseline; an underline lies at or below the
/// baseline and a table rule above or below the text, so neither takes a letter out; a rule that runs on past the
/// text it crosses (a fieldset's border behind its legend, the rule under a row of tabs) is no strike. The room the struck letters
/// took on the line is given to the word after them (<see cref="Close"/>), so "Nayeli ~~Hernández~~Fernández Osuna"
/// reads as one line with ordinary gaps, not as two pieces with a column's gap between them.
/// </summary>
public sealed class StruckThroughLetters
{
    /// <summary>Lowest a strike-through lies above the baseline, as a share of the height from baseline to the word's top.</summary>
    private const double Low = 0.15;

    /// <summary>Highest a strike-through lies above the baseline, as that share.</summary>
    private const double High = 0.8;

    /// <summary>Struck text and the word after it share a line when their baselines differ by less than this share of the text's height.</summary>
    private const double SameLine = 0.3;

    /// <summary>The word after struck text follows it when no more than this share of the text's height lies between them (a space; the height of "y" is only its x-height).</summary>
    private const double NextWord = 1;

    /// <summary>A strike-through starts where a letter starts and ends where one ends, give or take this much (points).</summary>
    private const double EndTolerance = 1.5;

    private readonly List<RulingSegment> _strikes;
    private readonly IReadOnlyList<Letter> _letters;
    private readonly Dictionary<RulingSegment, bool> _boundByLetters = [];
    private readonly List<(double Left, double Right, double Baseline, double Height)> _struck = [];

    /// <param name="segments">The page's rules (<see cref="RulingLineExtractor"/>); the horizontal ones may strike text through.</param>
    /// <param name="letters">The page's letters: a strike-through begins and ends with them, a border or a tab bar's rule runs on past the text it crosses.</param>
    public StruckThroughLetters(IReadOnlyList<RulingSegment> segments, IReadOnlyList<Letter> letters)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(letters);
        _strikes = segments.Any(s => s.Horizontal) ? [.. segments.Where(s => s.Horizontal)] : [];
        _letters = letters;
    }

    /// <summary>
    /// The word without its struck-through letters: the word itself when no rule crosses it, null when every letter is
    /// struck, else a word of the letters left.
    /// </summary>
    public Word? Unstruck(Word word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_strikes.Count == 0 || word.Letters.Count == 0)
        {
            return word;
        }

        var box = word.BoundingBox;
        var crossing = _strikes.Where(s => s.Position > box.Bottom && s.Position < box.Top && s.Start < box.Right && s.End > box.Left && BoundByLetters(s)).ToList();
        if (crossing.Count == 0)
        {
            return word;
        }

        var struck = word.Letters.Where(letter => crossing.Any(s => Strikes(s, letter, box.Top))).ToList();
        if (struck.Count == 0)
        {
            return word;
        }

        var baseline = word.Letters[0].StartBaseLine.Y;
        _struck.Add((struck.Min(l => l.BoundingBox.Left), struck.Max(l => l.BoundingBox.Right), baseline, box.Top - baseline));
        var kept = word.Letters.Except(struck).ToList();
        return kept.All(l => string.IsNullOrWhiteSpace(l.Value)) ? null : new Word(kept);
    }

    /// <summary>
    /// The page's words with the room of each piece of struck text given to the word right after it on its line (that
    /// word's box reaches back to where the struck text began); the words as they are when nothing was struck.
    /// </summary>
    public List<PdfWord> Close(List<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var (left, right, baseline, height) in _struck.OrderByDescending(s => s.Left))
        {
            var next = words.FindIndex(w => Math.Abs(w.Baseline - baseline) < SameLine * height &&
                w.Box.Left >= right - (SameLine * height) && w.Box.Left - right <= NextWord * height);
            // A word between the struck text and the next one (the struck letters were inside a word) keeps the gaps as they are.
            if (next >= 0 && words[next].Box.Left > left && !words.Where((w, i) => i != next && Math.Abs(w.Baseline - baseline) < SameLine * height)
                    .Any(w => w.Box.Right > left && w.Box.Left < words[next].Box.Left))
            {
                var box = words[next].Box;
                words[next] = words[next] with { Box = new BoundingBox(left, box.Bottom, box.Right, box.Top) };
            }
        }

        return words;
    }

    /// <summary>
    /// Whether the rule starts where a letter it crosses starts and ends where one ends: a line drawn through a run of
    /// text. A fieldset's border behind its legend or the rule under a row of tabs runs on past the text.
    /// </summary>
    private bool BoundByLetters(RulingSegment rule)
    {
        if (!_boundByLetters.TryGetValue(rule, out var bound))
        {
            bool Crosses(Letter l) => l.BoundingBox.Bottom < rule.Position && l.BoundingBox.Top > rule.Position;
            bound = _letters.Any(l => Crosses(l) && (Math.Abs(l.StartBaseLine.X - rule.Start) <= EndTolerance || Math.Abs(l.BoundingBox.Left - rule.Start) <= EndTolerance)) &&
                _letters.Any(l => Crosses(l) && (Math.Abs(l.EndBaseLine.X - rule.End) <= EndTolerance || Math.Abs(l.BoundingBox.Right - rule.End) <= EndTolerance));
            _boundByLetters[rule] = bound;
        }

        return bound;
    }

    private static bool Strikes(RulingSegment strike, Letter letter, double top)
    {
        var baseline = letter.StartBaseLine.Y;
        var height = top - baseline;
        var centre = (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2;
        return height > 0 && centre > strike.Start && centre < strike.End &&
            strike.Position >= baseline + (Low * height) && strike.Position <= baseline + (High * height);
    }
}
