using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class ParagraphGrouperTests
{
    [Fact]
    public void Vertical_gap_separates_paragraphs()
    {
        var lines = new[]
        {
            Line("Retoma la sesión anterior y comenta", 57, 700),
            Line("respecto a las actividades pendientes.", 57, 687),
            Line("2.- Rocío-SEDESO: Comenta que por el mes", 57, 667),
        };

        var paragraphs = new ParagraphGrouper().Group(lines);

        Assert.Equal([2, 1], paragraphs.Select(p => p.Count));
    }

    [Fact]
    public void Label_value_line_is_its_own_paragraph_and_wrapped_value_continues_it()
    {
        var lugar = Line("Lugar: Instalaciones", 59, 653);
        var lugarWithTab = new LineGrouper().Group(Words("Lugar:", 59, 653, bold: true).Concat(Words("Instalaciones de la SE", 212, 653))).Single();
        var wrapped = Line("Delegación Cuauhtémoc.", 212, 641.5);
        var fecha = new LineGrouper().Group(Words("Fecha:", 59, 629, bold: true).Concat(Words("Martes 11", 212, 629))).Single();

        var paragraphs = new ParagraphGrouper().Group([lugarWithTab, wrapped, fecha]);

        Assert.False(lugar.HasTab);
        Assert.Equal([2, 1], paragraphs.Select(p => p.Count));
    }

    [Fact]
    public void Bold_line_after_body_starts_a_paragraph()
    {
        var paragraphs = new ParagraphGrouper().Group([Line("con la asistencia de las siguientes personas:", 57, 700), Line("Instancias Ejecutoras", 57, 688, bold: true)]);

        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Hanging_list_item_lines_stay_together()
    {
        var lines = new[]
        {
            Line("1. La coordinación del espacio hace", 78, 486),
            Line("extensiva la invitación que realiza", 92, 474.5),
            Line("SEDESA a quienes integran el Espacio.", 92, 463),
        };

        Assert.Single(new ParagraphGrouper().Group(lines));
    }
}
