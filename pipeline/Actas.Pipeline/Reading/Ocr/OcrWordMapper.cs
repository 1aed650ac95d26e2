using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Turns Tesseract's words into the <see cref="PdfWord"/>s PdfPig would give: boxes in points
/// with the origin bottom-left on the upright, deskewed page; one baseline and font size per
/// Tesseract line (so <see cref="LineGrouper"/> keeps its words together); bold where a word's
/// strokes are clearly wider than the page's usual (Tesseract does not say). The font size is read from box heights by the letters a word has: x-height letters only
/// ("uso") stand about 0.46 em, with ascenders or capitals 0.7 em, with both ascenders and
/// descenders 0.92 em (Liberation Serif / Times; Calibri and Arial are within 5 %).
/// Words that are only rule marks ("|", "_") are dropped: Tesseract reads table borders so. A
/// small one-character mark opening a line ("e", "«", "+") is the list bullet "•" it misread.
/// A word too short to weigh (a number, one letter) takes the weight of the words around it.
/// </summary>
public static class OcrWordMapper
{
    private const string Descenders = "gjpqyç";
    private const string Ascenders = "bdfhklt";

    /// <summary>Darker than this is ink, for stroke widths.</summary>
    private const int InkLevel = 140;

    /// <summary>A word whose strokes are this many times the page's median (per em) is bold: bold faces are about 1.6× as heavy.</summary>
    private const double BoldStroke = 1.3;

    /// <summary>The least gap between two of Tesseract's words on a line, in em: a space is about 0.25 em, the line grouper's 0.05.</summary>
    private const double MinWordGap = 0.12;

    /// <param name="image">The upright, deskewed page image, for stroke widths (bold); null for no bold.</param>
    /// <param name="scale">Points per upright pixel (72 / dpi).</param>
    public static List<(PdfWord Word, double Confidence)> Map(IReadOnlyList<OcrWord> words, PageGeometry geometry, GrayImage? image, double scale)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(geometry);
        var pageTop = geometry.UprightHeight * scale;
        var drafts = new List<(OcrWord Word, double Cx, double Cy, double Width, double Height, double Baseline, double FontSize, double Stroke)>(words.Count);
        var lineStarts = new List<int>();
        foreach (var line in words.Where(w => !IsRuleMark(w.Text)).GroupBy(w => w.LineKey))
        {
            lineStarts.Add(drafts.Count);
            var placed = line.Select(w => Upright(w, geometry)).ToList();
            var sizes = placed.Select(p => EmPixels(p.Word.Text, p.Height)).Where(s => s > 0).Order().ToList();
            var em = sizes.Count > 0 ? sizes[sizes.Count / 2] : placed.Max(p => p.Height) / 0.92;
            Separate(placed, em);
            var baselines = placed.Select(p => p.Bottom - (HasDescender(p.Word.Text) ? 0.22 * em : 0)).Order().ToList();
            var baseline = baselines[baselines.Count / 2];
            var fontSize = Math.Round(em * scale * 2, MidpointRounding.AwayFromZero) / 2;
            var first = placed.MinBy(p => p.Cx).Word;
            foreach (var (read, cx, cy, width, height) in placed.Select(p => (p.Word, p.Cx, p.Cy, p.Width, p.Height)))
            {
                var word = ReferenceEquals(read, first) && placed.Count > 1 && IsBullet(read.Text, width, height, em) ? read with { Text = "•" } : read;
                var stroke = image is null || word.Text.Count(char.IsLetter) < 2 ? 0 : StrokeWidth(image, cx, cy, width, height) / em;
                drafts.Add((word, cx, cy, width, height, baseline, fontSize, stroke));
            }
        }

        var strokes = drafts.Where(d => d.Stroke > 0).Select(d => d.Stroke).Order().ToList();
        var body = strokes.Count >= 20 ? strokes[strokes.Count / 2] : double.MaxValue;
        var bold = WeightsOfUnweighed(drafts.Select(d => d.Stroke > 0 ? d.Stroke > BoldStroke * body : (bool?)null).ToList(), lineStarts);
        var result = new List<(PdfWord, double)>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var (word, cx, cy, width, height, baseline, fontSize, _) = drafts[i];
            var box = new BoundingBox(
                (cx - (width / 2)) * scale,
                pageTop - ((cy + (height / 2)) * scale),
                (cx + (width / 2)) * scale,
                pageTop - ((cy - (height / 2)) * scale));
            result.Add((new PdfWord(word.Text, box, pageTop - (baseline * scale), fontSize, bold[i]), word.Confidence));
        }

        return result;
    }

    /// <summary>
    /// Each word's weight, a word with none (null: a number, one letter, a mark, whose strokes say nothing) taking that of
    /// the weighed words beside it on its line: bold when those on both sides (or the one side there is) are bold. Left plain,
    /// the "265." of a bold "Estrategia 265. Garantizar …" and the "Y" of a bold title line made those lines read as not bold,
    /// so they were cut from the bold lines around them (blind batch W, W3's fax scan).
    /// </summary>
    /// <param name="weights">Per word, in line order and left to right within a line.</param>
    /// <param name="lineStarts">Index of each line's first word.</param>
    internal static List<bool> WeightsOfUnweighed(IReadOnlyList<bool?> weights, IReadOnlyList<int> lineStarts)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(lineStarts);
        var result = weights.Select(w => w ?? false).ToList();
        for (var l = 0; l < lineStarts.Count; l++)
        {
            var (start, end) = (lineStarts[l], l + 1 < lineStarts.Count ? lineStarts[l + 1] : weights.Count);
            for (var i = start; i < end; i++)
            {
                if (weights[i] is not null)
                {
                    continue;
                }

                var before = Enumerable.Range(start, i - start).Reverse().Select(j => weights[j]).FirstOrDefault(w => w is not null);
                var after = Enumerable.Range(i + 1, end - i - 1).Select(j => weights[j]).FirstOrDefault(w => w is not null);
                result[i] = (before ?? after ?? false) && (after ?? before ?? false);
            }
        }

        return result;
    }

    /// <summary>
    /// Tesseract's words on one of its lines are separate words, but on a noisy scan a word's box takes in the
    /// specks beside it and touches or overlaps its neighbour's: "Refugio" ending at pixel 642 and "Martínez" starting
    /// at 641 came out as "RefugioMartinez". Neighbours closer than <see cref="MinWordGap"/> em are pulled apart about
    /// the middle of their gap, so the line keeps Tesseract's space. Punctuation that leans on a word ("cobertura" ",",
    /// "(" "en") is left touching; boxes overlapping by more than half the narrower word are not two neighbours.
    /// </summary>
    private static void Separate(List<(OcrWord Word, double Cx, double Cy, double Width, double Height, double Bottom)> placed, double em)
    {
        placed.Sort((a, b) => (a.Cx - (a.Width / 2)).CompareTo(b.Cx - (b.Width / 2)));
        var need = MinWordGap * em;
        for (var i = 1; i < placed.Count; i++)
        {
            var (a, b) = (placed[i - 1], placed[i]);
            var (aRight, bLeft) = (a.Cx + (a.Width / 2), b.Cx - (b.Width / 2));
            var gap = bLeft - aRight;
            if (gap >= need || -gap > 0.5 * Math.Min(a.Width, b.Width) || !a.Word.Text.Any(char.IsLetterOrDigit) ||
                !b.Word.Text.Any(char.IsLetterOrDigit) || "(¿¡\"“'".Contains(a.Word.Text[^1], StringComparison.Ordinal))
            {
                continue;
            }

            var middle = (aRight + bLeft) / 2;
            var (newRight, newLeft) = (middle - (need / 2), middle + (need / 2));
            var aLeft = a.Cx - (a.Width / 2);
            var bRight = b.Cx + (b.Width / 2);
            placed[i - 1] = a with { Cx = (aLeft + newRight) / 2, Width = newRight - aLeft };
            placed[i] = b with { Cx = (newLeft + bRight) / 2, Width = bRight - newLeft };
        }
    }

    /// <summary>Median length of the horizontal ink runs inside a word's box, in pixels: the width of its vertical strokes.</summary>
    private static double StrokeWidth(GrayImage image, double cx, double cy, double width, double height)
    {
        var left = Math.Max(0, (int)(cx - (width / 2)));
        var right = Math.Min(image.Width - 1, (int)(cx + (width / 2)));
        var top = Math.Max(0, (int)(cy - (height * 0.3)));
        var bottom = Math.Min(image.Height - 1, (int)(cy + (height * 0.3)));
        var runs = new List<int>();
        for (var y = top; y <= bottom; y++)
        {
            var run = 0;
            for (var x = left; x <= right; x++)
            {
                if (image[x, y] < InkLevel)
                {
                    run++;
                }
                else if (run > 0)
                {
                    runs.Add(run);
                    run = 0;
                }
            }

            if (run > 0)
            {
                runs.Add(run);
            }
        }

        if (runs.Count == 0)
        {
            return 0;
        }

        runs.Sort();
        return runs[runs.Count / 2];
    }

    private static (OcrWord Word, double Cx, double Cy, double Width, double Height, double Bottom) Upright(OcrWord word, PageGeometry geometry)
    {
        var (cx, cy) = geometry.ToUpright(word.CentreX, word.CentreY);
        var (width, height) = geometry.QuarterTurn % 2 == 1 ? (word.Height, word.Width) : (word.Width, word.Height);
        return (word, cx, cy, width, height, cy + (height / 2));
    }

    /// <summary>The font's em in pixels from a word's box height, or 0 when the word says too little (punctuation, one letter).</summary>
    private static double EmPixels(string text, double height)
    {
        var letters = text.Where(char.IsLetterOrDigit).ToList();
        if (letters.Count < 2)
        {
            return 0;
        }

        var descender = letters.Any(c => Descenders.Contains(c, StringComparison.Ordinal));
        var accentedCapital = letters.Any(c => "ÁÉÍÓÚÑÜ".Contains(c, StringComparison.Ordinal));
        var ascender = accentedCapital || letters.Any(c => char.IsUpper(c) || char.IsDigit(c) || Ascenders.Contains(c, StringComparison.Ordinal) || "áéíóúñü".Contains(c, StringComparison.Ordinal));
        var ratio = (ascender, descender, accentedCapital) switch
        {
            (_, true, true) => 1.1,
            (_, false, true) => 0.88,
            (true, true, _) => 0.92,
            (true, false, _) => 0.7,
            (false, true, _) => 0.68,
            _ => 0.46,
        };
        return height / ratio;
    }

    private static bool HasDescender(string text) => text.Any(c => Descenders.Contains(c, StringComparison.Ordinal));

    private static bool IsRuleMark(string text) => text.All(c => c is '|' or '_' or '¦');

    /// <summary>Tesseract reads a list bullet "•" as "e", "«", "*", "+" or "°": one small mark at the start of a line.</summary>
    private static bool IsBullet(string text, double width, double height, double em) =>
        text.Length == 1 && "e«»*°o¢•·©@+".Contains(text[0], StringComparison.Ordinal) && height < 0.5 * em && width < 0.5 * em;
}
