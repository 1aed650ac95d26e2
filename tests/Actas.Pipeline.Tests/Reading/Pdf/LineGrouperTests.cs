using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class LineGrouperTests
{
    [Fact]
    public void Words_on_one_baseline_form_one_line_left_to_right()
    {
        var words = Words("Martes 11 de septiembre", 100, 700);
        words.Reverse();

        var line = Assert.Single(new LineGrouper().Group(words));

        Assert.Equal("Martes 11 de septiembre", line.Text);
        Assert.False(line.HasTab);
    }

    [Fact]
    public void Wide_gap_between_label_and_value_becomes_a_tab()
    {
        var words = Words("Fecha:", 59, 625, bold: true).Concat(Words("Martes 11", 212, 625)).ToList();

        var line = Assert.Single(new LineGrouper().Group(words));

        Assert.Equal("Fecha:\tMartes 11", line.Text);
        Assert.Equal([59, 212], line.SegmentStarts);
    }

    [Fact]
    public void Lines_come_top_to_bottom()
    {
        var words = Words("segunda", 50, 680).Concat(Words("primera", 50, 700)).Concat(Words("tercera", 50, 660)).ToList();

        Assert.Equal(["primera", "segunda", "tercera"], new LineGrouper().Group(words).Select(l => l.Text));
    }

    [Fact]
    public void Justified_line_in_a_text_column_keeps_spaces_but_a_set_off_label_keeps_its_tab()
    {
        // "Octavio      Reyes       Lima      (Alcaldía": a narrow justified line stretches every space to 2 font sizes.
        var justified = Spaced(["Octavio", "Reyes", "Lima", "(Alcaldía"], 57, 700, gap: 20);
        var labelled = Words("2.1.2.", 300, 687).Concat(Words("Meta 161.2. Se realizan ferias", 350, 687)).ToList();

        Assert.Contains('\t', new LineGrouper().Group(justified).Single().Text);
        Assert.Equal("Octavio Reyes Lima (Alcaldía", new LineGrouper().Group(justified, prose: true).Single().Text);
        Assert.Equal("2.1.2.\tMeta 161.2. Se realizan ferias", new LineGrouper().Group(labelled, prose: true).Single().Text);
    }

    [Fact]
    public void Touching_words_of_small_capitals_are_one_word()
    {
        // CSS small-caps printed by Chromium: a 11 pt capital, then smaller capitals right against it.
        var words = Words("S", 58, 700, size: 11).Concat(Words("ESIÓN", 63.5, 700, size: 8)).Concat(Words("Novena sesión", 147, 700)).ToList();

        Assert.Equal("SESIÓN\tNovena sesión", new LineGrouper().Group(words).Single().Text);
    }

    private static List<PdfWord> Spaced(string[] tokens, double left, double baseline, double gap)
    {
        var words = new List<PdfWord>();
        foreach (var token in tokens)
        {
            words.AddRange(Words(token, left, baseline));
            left = words[^1].Box.Right + gap;
        }

        return words;
    }
}
