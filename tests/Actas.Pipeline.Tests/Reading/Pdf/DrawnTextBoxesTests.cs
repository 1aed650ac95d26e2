using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Text in a drawn box wraps at the box's edges: each box's sentence is one paragraph, however its lines are aligned.</summary>
public sealed class DrawnTextBoxesTests
{
    [Fact]
    public void A_sentence_wrapped_inside_a_drawn_box_is_one_paragraph()
    {
        // Body text to x 493; two diagram boxes under it, one centred, one set left, each line of a box ending near the box's
        // edge with page to spare; a frame around the whole text and a shading behind a few words hold no box of text.
        PdfLine[] lines =
        [
            Line("Se revisaron los compromisos de la sesión anterior y la Secretaría Técnica presentó el avance", 56, 700),
            Line("de cada uno; los acuerdos nuevos se muestran a continuación:", 56, 688),
            Line("La Comisión de Derechos Humanos enviará el protocolo", 152, 650),
            Line("revisado a las alcaldías.", 215.5, 639),
            Line("Se instalará la mesa de seguimiento con la Alcaldía", 150, 600),
            Line("Iztapalapa en la primera semana de septiembre.", 150, 589),
            Line("Sin más asuntos que tratar, se cerró la sesión.", 56, 540),
        ];
        BoundingBox[] shapes = [new(144, 634, 406, 660), new(142, 584, 397, 610), new(40, 520, 510, 720), new(56, 697, 120, 709)];
        var pages = new[] { new PdfPageContent(1, 792, lines, [], 60) { TextBoxes = DrawnTextBoxes.Find(lines, shapes) } };

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []);

        Assert.Equal(
            [
                "Se revisaron los compromisos de la sesión anterior y la Secretaría Técnica presentó el avance de cada uno; los acuerdos nuevos se muestran a continuación:",
                "La Comisión de Derechos Humanos enviará el protocolo revisado a las alcaldías.",
                "Se instalará la mesa de seguimiento con la Alcaldía Iztapalapa en la primera semana de septiembre.",
                "Sin más asuntos que tratar, se cerró la sesión.",
            ],
            blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_shape_crossed_by_a_line_or_holding_a_whole_section_is_no_text_box()
    {
        PdfLine[] lines = [.. Enumerable.Range(0, 8).Select(i => Line($"Renglón {i} del informe de la Secretaría Ejecutiva", 56, 700 - (12 * i)))];
        BoundingBox[] shapes = [new(50, 600, 400, 720), new(50, 662, 120, 712)];

        Assert.Empty(DrawnTextBoxes.Find(lines, shapes));
    }
}
