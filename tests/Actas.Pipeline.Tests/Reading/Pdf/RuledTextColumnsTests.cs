using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// Text parted by drawn vertical rules: two newspaper columns with a column rule between them and a framed box with a
/// rule down its left side in the margin beside the second column. 10 pt text, 5 pt per character.
/// </summary>
public sealed class RuledTextColumnsTests
{
    private const string ColumnLine = "la reunión se llevó a cabo en la sala";

    [Fact]
    public void A_margin_box_and_two_ruled_columns_are_read_apart()
    {
        var words = new List<PdfWord>();
        for (var k = 0; k < 8; k++)
        {
            words.AddRange(Words(ColumnLine, 50, 700 - (12 * k)));
            words.AddRange(Words(ColumnLine, 240, 700 - (12 * k)));
        }

        words.AddRange(Words("RESUMEN", 425, 706));
        words.AddRange(Words("Día: 3 de mayo", 425, 695));
        words.AddRange(Words("Lugar: sala 2", 425, 684));
        words.AddRange(Words("Hora: 10:00", 425, 673));
        words.AddRange(Words("Modalidad: sala", 425, 662));
        List<RulingSegment> rules = [new(false, 232, 600, 712), new(false, 418, 650, 714)];

        var sections = RuledTextColumns.Take(words, rules, []);

        Assert.Empty(words);
        Assert.Equal(2, sections.Count);
        var box = Assert.Single(sections[0].Columns);
        Assert.Equal(12, box.Count);
        Assert.Contains(box, w => w.Text == "Lugar:");
        Assert.Equal(2, sections[1].Columns.Count);
        Assert.All(sections[1].Columns[0], w => Assert.True(w.Box.Right < 232));
        Assert.All(sections[1].Columns[1], w => Assert.True(w.Box.Left > 232 && w.Box.Right < 418));
    }

    [Fact]
    public void A_rule_between_the_columns_of_a_table_parts_no_text()
    {
        // Short labels beside long values: the left side's lines do not fill it, as running text's do.
        var words = new List<PdfWord>();
        string[] labels = ["Fecha", "Hora", "Sede", "Modalidad", "Coordina", "Relatoría"];
        for (var k = 0; k < labels.Length; k++)
        {
            words.AddRange(Words(labels[k], 50, 700 - (14 * k)));
            words.AddRange(Words("un valor largo escrito en la celda de la derecha", 240, 700 - (14 * k)));
        }

        var count = words.Count;
        List<RulingSegment> rules = [new(false, 232, 620, 712)];

        Assert.Empty(RuledTextColumns.Take(words, rules, []));
        Assert.Equal(count, words.Count);
    }
}
