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
}
