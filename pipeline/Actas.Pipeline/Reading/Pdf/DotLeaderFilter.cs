using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Takes dot leaders out of a page's words, as the Word reader sees a tab: a run of words made
/// of dots only on one baseline, at least <see cref="MinDots"/> dots in all, between a label and
/// its value (blind-d BD5, a typewriter form: "FECHA .................. . .07/03/2023", whose
/// value word itself starts with the last dot). The dots stuck to the value's start or to the
/// label's end go too; the gap left behind reads as a column gap. A leader printed without
/// spaces around it comes as one word, label, dots and value together (blind-e alimentacion-5:
/// "Prado.......SIBISO"): it is cut into the three first.
/// </summary>
public static class DotLeaderFilter
{
    /// <summary>Fewer dots than this in a run are an ellipsis or a stray full stop, not a leader.</summary>
    public const int MinDots = 4;

    private const double SameBaseline = 1;

    public static List<PdfWord> Filter(List<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!words.Any(w => w.Text.Contains("..", StringComparison.Ordinal) || IsDots(w.Text)))
        {
            return words;
        }

        words = [.. words.SelectMany(SplitInner)];
        var result = new List<PdfWord>(words.Count);
        foreach (var line in words.GroupBy(w => Math.Round(w.Baseline / SameBaseline)))
        {
            var sorted = line.OrderBy(w => w.Box.Left).ToList();
            var i = 0;
            while (i < sorted.Count)
            {
                var end = i;
                var dots = 0;
                while (end < sorted.Count && IsDots(sorted[end].Text))
                {
                    dots += sorted[end].Text.Length;
                    end++;
                }

                // A label with the leader stuck to it ("FECHA......") starts the run as well.
                var lead = end == i && end + 1 < sorted.Count && TrailingDots(sorted[end].Text) >= MinDots ? sorted[end] : null;
                if (lead is not null)
                {
                    result.Add(Trim(lead, 0, TrailingDots(lead.Text)));
                    dots = TrailingDots(lead.Text);
                    end = ++i;
                    while (end < sorted.Count && IsDots(sorted[end].Text))
                    {
                        dots += sorted[end].Text.Length;
                        end++;
                    }
                }

                if (end == i && lead is null)
                {
                    result.Add(sorted[i]);
                    i++;
                    continue;
                }

                if (dots + (end < sorted.Count ? LeadingDots(sorted[end].Text) : 0) < MinDots)
                {
                    result.AddRange(sorted.Skip(i).Take(end - i));
                    i = end;
                    continue;
                }

                if (end < sorted.Count)
                {
                    var value = sorted[end];
                    result.Add(Trim(value, LeadingDots(value.Text), 0));
                    end++;
                }

                i = end;
            }
        }

        return result;
    }

    /// <summary>
    /// A word holding a run of at least <see cref="MinDots"/> dots between other characters, as label,
    /// leader and value words, each box a share of the word's width by its characters.
    /// </summary>
    private static IEnumerable<PdfWord> SplitInner(PdfWord word)
    {
        var text = word.Text;
        var start = text.IndexOf("..", StringComparison.Ordinal);
        if (start <= 0 || IsDots(text))
        {
            return [word];
        }

        while (start > 0 && IsDot(text[start - 1]))
        {
            start--;
        }

        var end = start;
        while (end < text.Length && IsDot(text[end]))
        {
            end++;
        }

        if (start == 0 || end == text.Length || end - start < MinDots)
        {
            return [word];
        }

        return [Trim(word, 0, text.Length - start), Trim(word, start, text.Length - end), Trim(word, end, 0)];
    }

    private static bool IsDots(string text) => text.Length > 0 && text.All(IsDot);

    private static bool IsDot(char c) => c is '.' or '…' or '·';

    private static int LeadingDots(string text) => IsDots(text) ? 0 : text.TakeWhile(IsDot).Count();

    private static int TrailingDots(string text) => IsDots(text) ? 0 : text.Reverse().TakeWhile(IsDot).Count();

    /// <summary>The word without <paramref name="head"/> characters at its start and <paramref name="tail"/> at its end; its box shrunk in proportion.</summary>
    private static PdfWord Trim(PdfWord word, int head, int tail)
    {
        if (head == 0 && tail == 0)
        {
            return word;
        }

        var length = word.Text.Length;
        var width = word.Box.Right - word.Box.Left;
        var box = new BoundingBox(word.Box.Left + (width * head / length), word.Box.Bottom, word.Box.Right - (width * tail / length), word.Box.Top);
        return word with { Text = word.Text[head..(length - tail)], Box = box };
    }
}
