using System.Text;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Groups words into lines by baseline, top to bottom, each line left to right. Words are
/// PdfPig's plain <c>GetWords()</c>: no Docstrum, which costs about 6× the reading itself
/// (stack-notes, measured on a 21-page LibreOffice PDF).
/// </summary>
public sealed class LineGrouper(LineGrouperOptions options)
{
    public LineGrouper()
        : this(LineGrouperOptions.Default)
    {
    }

    public IReadOnlyList<PdfLine> Group(IEnumerable<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var sorted = words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Box.Left).ToList();
        var lines = new List<PdfLine>();
        var current = new List<PdfWord>();
        double baseline = 0;
        foreach (var word in sorted)
        {
            if (current.Count > 0 && Math.Abs(baseline - word.Baseline) > options.BaselineTolerance * Math.Max(word.FontSize, 1))
            {
                lines.Add(Build(current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = word.Baseline;
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(Build(current));
        }

        return lines;
    }

    private PdfLine Build(List<PdfWord> words)
    {
        words.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        var text = new StringBuilder(words[0].Text);
        var starts = new List<double> { words[0].Box.Left };
        var box = words[0].Box;
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Box.Left - words[i - 1].Box.Right;
            var size = Math.Max(Math.Max(words[i].FontSize, words[i - 1].FontSize), 1);
            var threshold = words[i].Bold == words[i - 1].Bold ? options.TabGap : options.WeightChangeTabGap;
            if (gap > threshold * size)
            {
                text.Append('\t');
                starts.Add(words[i].Box.Left);
            }
            else
            {
                text.Append(' ');
            }

            text.Append(words[i].Text);
            box = box.Union(words[i].Box);
        }

        var fontSize = words.GroupBy(w => Math.Round(w.FontSize, 1)).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
        return new PdfLine(
            [.. words],
            text.ToString(),
            box,
            words.Average(w => w.Baseline),
            fontSize,
            words.All(w => w.Bold),
            starts);
    }
}
