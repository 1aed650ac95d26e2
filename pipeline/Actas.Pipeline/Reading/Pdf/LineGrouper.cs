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

    public IReadOnlyList<PdfLine> Group(IEnumerable<PdfWord> words) => Group(words, prose: false);

    /// <param name="words">The words, any order.</param>
    /// <param name="prose">
    /// The words are running text set in a narrow column (<see cref="PdfTextColumns"/>): a justified
    /// line stretches every space alike ("Octavio      Reyes       Lima      (Alcaldía" in blind-e BE2),
    /// so a gap only becomes '\t' when it also stands out from the line's other gaps.
    /// </param>
    public IReadOnlyList<PdfLine> Group(IEnumerable<PdfWord> words, bool prose)
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
                lines.Add(Build(current, prose));
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
            lines.Add(Build(current, prose));
        }

        return lines;
    }

    private PdfLine Build(List<PdfWord> words, bool prose)
    {
        words.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        var floor = JustifiedGapFloor(words, prose);
        var text = new StringBuilder(words[0].Text);
        var starts = new List<double> { words[0].Box.Left };
        var box = words[0].Box;
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Box.Left - words[i - 1].Box.Right;
            var size = Math.Max(Math.Max(words[i].FontSize, words[i - 1].FontSize), 1);
            var threshold = words[i].Bold == words[i - 1].Bold ? options.TabGap : options.WeightChangeTabGap;
            if (gap > threshold * size && gap > floor)
            {
                text.Append('\t');
                starts.Add(words[i].Box.Left);
            }
            else if (gap > TouchGap * size)
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

    /// <summary>
    /// Words that touch are one word split by a change of font: small capitals set as a large
    /// capital and smaller ones ("S" + "ESIÓN", Chromium's print of CSS small-caps in blind-d BD3).
    /// </summary>
    private const double TouchGap = 0.05;

    /// <summary>
    /// In prose, a tab gap must exceed this many times the median gap of the line (with at least
    /// three gaps): a label set off by a tab ("2.1.2.⇥Meta 161.2. Se realizan") keeps its tab, a justified line loses them.
    /// </summary>
    private const double StandOut = 1.6;

    /// <summary>
    /// Outside text columns the rule holds only for lines whose middle gap is still a (stretched)
    /// space, under this many font sizes: "Por las organizaciones de la sociedad civil: Claudia…",
    /// justified, with the weight change after the bold label (blind-d BD1); a row of tabbed cells keeps its tabs.
    /// </summary>
    private const double StretchedSpace = 1;

    private static double JustifiedGapFloor(List<PdfWord> words, bool prose)
    {
        if (words.Count < 4)
        {
            return 0;
        }

        var gaps = new List<double>(words.Count - 1);
        for (var i = 1; i < words.Count; i++)
        {
            gaps.Add(words[i].Box.Left - words[i - 1].Box.Right);
        }

        gaps.Sort();
        var median = gaps[gaps.Count / 2];
        return prose || median <= StretchedSpace * Math.Max(words[0].FontSize, 1) ? StandOut * median : 0;
    }
}
