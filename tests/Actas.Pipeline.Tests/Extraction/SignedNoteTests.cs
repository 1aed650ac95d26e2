using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Notes pinned under a goal's report, each signed on the line under it "Name · Body" (a whiteboard's sticky notes): each a
/// remark, no more of the report; the secretariat's feedback, anybody else's an observation. A web page's quote box saved as
/// Word keeps the remark and its signature in one paragraph, the signature on its last line.
/// </summary>
public sealed class SignedNoteTests
{
    [Fact]
    public void A_note_signed_under_the_report_is_a_remark_whose_kind_its_author_gives()
    {
        var acta = Extract(
            P("Segunda sesión ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 9 de agosto de 2023"),
            P("Estrategia 128 · Asegurar el abasto de agua en unidades habitacionales", ParagraphRole.Heading),
            P("Meta 128.1"),
            P("Rehabilitar cisternas en unidades habitacionales"),
            P("Informe: Se rehabilitaron 52 cisternas en Iztacalco."),
            P("Conviene indicar cuántas familias se benefician con las cisternas."),
            P("Octavio Rentería Gil · SE"),
            P("En la unidad Infonavit las cisternas siguen sin tapa desde hace un año."),
            P("Marisol Quiroga Ten · Vecinos Unidos de Iztacalco"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El Sistema de Aguas enviará el padrón de cisternas."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal("Se rehabilitaron 52 cisternas en Iztacalco.", Assert.Single(strategy.Goals).Report);
        Assert.Equal(
            [("Conviene indicar cuántas familias se benefician con las cisternas.", FeedbackSection.Retroalimentacion),
             ("En la unidad Infonavit las cisternas siguen sin tapa desde hace un año.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Text, f.Section)));
    }

    [Fact]
    public void A_paragraph_whose_last_line_signs_it_is_a_remark_of_its_author()
    {
        static Paragraph Signed(params string[] lines) => new(string.Join(' ', lines), ParagraphRole.Body, At(), Lines: lines);
        var acta = Extract(
            P("Segunda sesión ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 9 de agosto de 2023"),
            P("Estrategia 128 · Asegurar el abasto de agua en unidades habitacionales", ParagraphRole.Heading),
            P("Meta 128.1"),
            P("Rehabilitar cisternas en unidades habitacionales"),
            P("Informe: Se rehabilitaron 52 cisternas en Iztacalco."),
            Signed("Falta decir qué unidades quedan pendientes para el siguiente año.", "Secretaría Ejecutiva"),
            Signed("Las pipas no llegan los fines de semana a la unidad.", "Marisol Quiroga Ten · Vecinos Unidos de Iztacalco"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El Sistema de Aguas enviará el padrón de cisternas."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal("Se rehabilitaron 52 cisternas en Iztacalco.", Assert.Single(strategy.Goals).Report);
        Assert.Equal(
            [("Falta decir qué unidades quedan pendientes para el siguiente año.", FeedbackSection.Retroalimentacion),
             ("Las pipas no llegan los fines de semana a la unidad.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Text, f.Section)));
    }
}
