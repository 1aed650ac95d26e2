using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>A remark signed in small print on the line under it stays one paragraph, its signature the last soft line.</summary>
public sealed class SignatureLinesTests
{
    private static List<Paragraph> Paragraphs(params PdfLine[] lines)
    {
        var pages = new[] { new PdfPageContent(1, 842, lines, [], 60) };
        return new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []).OfType<Paragraph>().ToList();
    }

    [Fact]
    public void Small_print_name_under_a_remark_is_its_last_line()
    {
        var paragraphs = Paragraphs(
            Line("Informe: se instalaron 40 bebederos en escuelas de la alcaldía.", 57, 700),
            Line("Faltan los bebederos de las secundarias técnicas, que no", 57, 680),
            Line("aparecen en el informe de este trimestre.", 57, 668),
            Line("Julieta Campos Rivera · Colectivo Agua Limpia, A.C.", 57, 658, size: 7.5),
            Line("Meta 604.2 Reparar la red de agua de las escuelas", 57, 636));

        Assert.Equal(3, paragraphs.Count);
        Assert.Equal(
            ["Faltan los bebederos de las secundarias técnicas, que no aparecen en el informe de este trimestre.", "Julieta Campos Rivera · Colectivo Agua Limpia, A.C."],
            paragraphs[1].Lines);
    }

    [Fact]
    public void Small_print_label_note_block_or_a_line_under_an_open_sentence_stays_apart()
    {
        var label = Paragraphs(
            Line("La Secretaría de Obras revisará el padrón de escuelas.", 57, 700),
            Line("Responsable: Secretaría de Obras", 57, 690, size: 7.5),
            Line("Meta 604.2 Reparar la red de agua", 57, 668));
        var notes = Paragraphs(
            Line("La Secretaría de Obras revisará el padrón de escuelas.", 57, 700),
            Line("Fuente propia con datos de la Secretaría de Obras", 57, 690, size: 7.5),
            Line("elaborada para la sesión de seguimiento", 57, 681, size: 7.5),
            Line("Meta 604.2 Reparar la red de agua", 57, 660));
        var open = Paragraphs(
            Line("La Secretaría de Obras revisará el padrón de escuelas y", 57, 700),
            Line("Dirección de Planteles", 57, 690, size: 7.5),
            Line("Meta 604.2 Reparar la red de agua", 57, 668));

        var filled = Paragraphs(
            Line("La Secretaría de Obras revisará el padrón de escuelas técnicas.", 57, 700),
            Line("JUAN PÉREZ SOTO (COORDINADORA DE COMITÉS ESCOLARES Y DE MADRES Y PADRES DE FAMILIA DE LA COLONIA", 57, 690, size: 7.5),
            Line("NORTE).— Pedimos la lista de planteles.", 57, 680));

        Assert.All(label.Concat(notes).Concat(open).Concat(filled), p => Assert.Null(p.Lines));
    }
}
