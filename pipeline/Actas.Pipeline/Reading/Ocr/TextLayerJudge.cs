using Actas.Pipeline.Reading.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Says whether a PDF page must be read from its image: no text at all over an image (a scan),
/// a few words over a page-sized image (a scan stamped with a page number), or text that is
/// garbage — glyphs without a Unicode map ("Hvwudwhjld", control characters) or a scanner's
/// bad OCR layer. A page with no text and no image but hundreds of small filled shapes is text turned into outlines
/// (a print passed through Ghostscript's -dNoOutputFonts, a designer's "convert text to curves"): it is read from its
/// rendering like a scan. A page with no text, no image and few shapes is blank and left alone. A scan carrying an
/// invisible text layer (an archive's or scanner's OCR: ocrmypdf, Tesseract's PDF renderer, a copier's "searchable
/// PDF") is read again by our OCR: that layer keeps the scan's skew as broken lines and words cut in two ("El Siste" |
/// "ma de Aguas"), table cells read across, and no confidences, where our pass straightens the page first.
/// </summary>
public sealed class TextLayerJudge(TextLayerJudgeOptions options)
{
    private const string Vowels = "aeiouáéíóúüyàèìòù";

    /// <summary>Spanish words so common that any page of prose or names is full of them (about a third of an acta's words).</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "de", "la", "el", "en", "y", "a", "los", "las", "del", "que", "se", "con", "por", "para", "al", "un", "una", "su", "e", "o",
    };

    /// <summary>Why the page needs OCR ("no text layer", "garbage text layer"), or null when its text layer serves.</summary>
    public string? Reason(Page page, PdfPageContent content, OcrMode mode)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(content);
        if (mode == OcrMode.Never)
        {
            return null;
        }

        if (mode == OcrMode.Always)
        {
            return "--ocr always";
        }

        IReadOnlyList<string> words = [.. content.Lines.SelectMany(l => l.Words).Select(w => w.Text),
            .. content.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).SelectMany(c => c.Paragraphs).SelectMany(p => p.Split(' '))];
        if (content.WordCount < options.FewWords)
        {
            var pageArea = Math.Max(page.Width * page.Height, 1);
            var cover = page.GetImages().Select(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height) / pageArea).DefaultIfEmpty(0).Max();
            if ((content.WordCount == 0 && cover > 0) || cover >= options.PageCover)
            {
                return "no text layer";
            }

            if (content.WordCount == 0 && cover == 0 && OutlinedGlyphs(page) >= options.OutlinedGlyphs)
            {
                return "text drawn as outlines";
            }
        }

        if (InvisibleOverScan(page))
        {
            return "invisible OCR layer over a scan";
        }

        return IsGarbage(words) ? "garbage text layer" : null;
    }

    /// <summary>
    /// Nearly all the page's letters are invisible (text rendering mode 3, neither filled nor stroked) and an image
    /// covers most of the page: a scan with someone else's OCR under it. Only pages whose first letter is invisible
    /// are counted, so text pages cost one look.
    /// </summary>
    private bool InvisibleOverScan(Page page)
    {
        var letters = page.Letters;
        if (letters.Count == 0 || letters[0].RenderingMode != TextRenderingMode.Neither)
        {
            return false;
        }

        var invisible = letters.Count(l => l.RenderingMode == TextRenderingMode.Neither);
        if (invisible < options.InvisibleShare * letters.Count)
        {
            return false;
        }

        var pageArea = Math.Max(page.Width * page.Height, 1);
        return page.GetImages().Any(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height) / pageArea >= options.PageCover);
    }

    /// <summary>
    /// Filled shapes of a glyph's size on the page, counted a subpath at a time (a letter's outline, with its holes, is
    /// one to three subpaths; a table rule or a coloured band is one tall or long one), up to the threshold.
    /// </summary>
    private int OutlinedGlyphs(Page page)
    {
        var count = 0;
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled || path.IsClipping)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is { } box && box.Height > 0 && box.Height <= options.GlyphSize && box.Width <= options.GlyphSize
                    && ++count >= options.OutlinedGlyphs)
                {
                    return count;
                }
            }
        }

        return count;
    }

    public bool IsGarbage(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var characters = 0;
        var odd = 0;
        foreach (var c in words.SelectMany(w => w))
        {
            characters++;
            if (char.IsControl(c) || c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF' || (char.IsLetter(c) && c > '\u024F'))
            {
                odd++;
            }
        }

        if (characters > 0 && odd > options.MaxOddCharacters * characters)
        {
            return true;
        }

        var all = words.Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()).Where(t => t.Length > 0).ToList();
        var tokens = all.Where(t => t.Length >= 3).ToList();
        if (tokens.Count < 10)
        {
            return false;
        }

        var plausible = (double)tokens.Count(Plausible) / tokens.Count;
        var function = (double)all.Count(FunctionWords.Contains) / all.Count;
        return plausible < options.MinPlausibleWords || (function < options.MinFunctionWords && plausible < 0.7);
    }

    /// <summary>Spanish words have vowels in proportion and no long consonant runs.</summary>
    private static bool Plausible(string token)
    {
        var lower = token;
        var vowels = lower.Count(c => Vowels.Contains(c, StringComparison.Ordinal));
        var ratio = (double)vowels / lower.Length;
        var run = 0;
        var longest = 0;
        foreach (var c in lower)
        {
            run = Vowels.Contains(c, StringComparison.Ordinal) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return ratio is >= 0.2 and <= 0.8 && longest <= 4;
    }
}
