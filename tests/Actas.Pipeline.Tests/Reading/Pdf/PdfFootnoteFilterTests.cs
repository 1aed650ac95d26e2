using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Footnote reference marks set small and raised beside the text.</summary>
public sealed class PdfFootnoteFilterTests
{
    [Fact]
    public void A_mark_after_a_number_is_dropped_so_the_line_stays_whole()
    {
        var words = Words("Sede: Torre norte, piso 4", 57, 700);
        var end = words[^1].Box.Right;
        words.Add(Mark("3", end, 704));
        words.AddRange(Words("Av. del Parque, sala 2", 57, 688));

        var kept = new PdfFootnoteFilter().Filter(words);

        Assert.DoesNotContain(kept, w => w.Text == "3");
        Assert.Contains(kept, w => w.Text == "4");
        Assert.Equal(2, new LineGrouper().Group(kept).Count);
    }

    [Fact]
    public void A_number_beside_a_number_of_the_same_size_is_text()
    {
        var words = Words("Cuadro 4", 57, 700);
        words.Add(new PdfWord("5", new BoundingBox(words[^1].Box.Right + 1, 698, words[^1].Box.Right + 6, 707), 700, Size, false));

        Assert.Equal(words.Count, new PdfFootnoteFilter().Filter(words).Count);
    }

    /// <summary>A 6 pt digit raised 4 pt, touching the word before it.</summary>
    private static PdfWord Mark(string text, double left, double baseline) =>
        new(text, new BoundingBox(left + 0.2, baseline - 1, left + 3.5, baseline + 4), baseline, 6, false);
}
