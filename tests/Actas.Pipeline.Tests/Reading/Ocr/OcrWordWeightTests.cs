using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>
/// Bold read from stroke widths (<see cref="OcrWordMapper"/>) on a drawn page: words are ink bars, thin for plain
/// type and twice as thick for bold; no Tesseract needed.
/// </summary>
public sealed class OcrWordWeightTests
{
    private const int Plain = 4;
    private const int Heavy = 8;

    [Fact]
    public void Number_and_one_letter_word_inside_a_bold_line_are_bold_so_the_line_is()
    {
        var page = new Page();
        for (var line = 1; line <= 4; line++)
        {
            page.Line(line, Plain, "Las", "personas", "integrantes", "revisaron", "cada", "informe");
        }

        page.Line(5, Heavy, "Programa", "418.", "Fortalecer", "y", "ampliar", "comedores");
        page.Line(6, Heavy, "7.", "ACUERDOS", "OPERATIVOS");

        var lines = page.Lines();

        Assert.True(lines[4].Bold, lines[4].Text);
        Assert.True(lines[5].Bold, lines[5].Text);
        Assert.All(lines.Take(4), l => Assert.DoesNotContain(l.Words, w => w.Bold));
    }

    [Fact]
    public void Number_after_a_bold_lead_in_followed_by_plain_text_stays_plain()
    {
        var page = new Page();
        for (var line = 1; line <= 4; line++)
        {
            page.Line(line, Plain, "Las", "personas", "integrantes", "revisaron", "cada", "informe");
        }

        page.Line(5, Heavy, "Meta");
        page.Words(5, Plain, "418.2.", "Instalar", "nuevos", "comedores");

        var line5 = page.Lines()[4];

        Assert.Equal([true, false, false, false, false], line5.Words.Select(w => w.Bold));
        Assert.False(line5.Bold);
    }

    /// <summary>A 200 dpi page; each word a run of vertical ink bars of the given thickness, capitals' height (34 px).</summary>
    private sealed class Page
    {
        private const int Width = 1700;
        private const int Height = 2200;
        private readonly byte[] _pixels = Enumerable.Repeat((byte)255, Width * Height).ToArray();
        private readonly List<OcrWord> _words = [];
        private readonly Dictionary<int, int> _next = [];

        public void Line(int line, int stroke, params string[] words) => Words(line, stroke, words);

        public void Words(int line, int stroke, params string[] words)
        {
            foreach (var text in words)
            {
                var left = _next.GetValueOrDefault(line, 100);
                var (top, width, height) = (100 + (line * 80), 22 * text.Length, 34);
                for (var x = left; x < left + width - stroke; x += 2 * Heavy)
                {
                    for (var y = top; y < top + height; y++)
                    {
                        for (var dx = 0; dx < stroke; dx++)
                        {
                            _pixels[(y * Width) + x + dx] = 0;
                        }
                    }
                }

                _words.Add(new OcrWord(text, left, top, width, height, 90, 1, 1, line));
                _next[line] = left + width + 16;
            }
        }

        public IReadOnlyList<PdfLine> Lines()
        {
            var mapped = OcrWordMapper.Map(_words, new PageGeometry(Width, Height, 0, 0), new GrayImage(Width, Height, _pixels), 72.0 / 200);
            return new LineGrouper().Group(mapped.Select(m => m.Word));
        }
    }
}
