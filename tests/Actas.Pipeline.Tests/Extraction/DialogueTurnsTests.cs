using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes written as dialogue turns whose letters a legend declares once: the question is no content, the answer is the
/// goal's report, a comment is a remark (the secretariat's feedback, anybody else's an observation); without the legend a
/// letter before a name is an honorific and nothing changes.
/// </summary>
public sealed class DialogueTurnsTests
{
    [Fact]
    public void Declared_turns_give_the_report_and_the_remarks_without_the_questions()
    {
        var acta = Extract(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 14 de septiembre de 2022"),
            P("Desarrollo", ParagraphRole.Heading),
            P("Clave de la transcripción — Q: pregunta, A: respuesta, O: observación."),
            P("Estrategia 604: Abastecer de agua a colonias sin red", ParagraphRole.Heading),
            P("Meta 604.1: Instalar cisternas comunitarias"),
            P("Responsable: Sistema de Aguas de la Ciudad de México"),
            P("Q. Moderación: ¿Cuál es el avance de la meta 604.1?"),
            P("A. Sistema de Aguas: Se instalaron 58 cisternas comunitarias en Iztapalapa."),
            P("O. Secretaría Ejecutiva: Conviene informar cuántas familias se abastecen de cada cisterna."),
            P("O. Rosa Pineda Luna (Colectivo Agua Digna): Las pipas siguen llegando una vez por semana."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. El Sistema de Aguas enviará el padrón de cisternas."));

        var strategy = Assert.Single(acta.Strategies);
        var goal = Assert.Single(strategy.Goals);
        Assert.Equal(ReportStatus.Reported, goal.ReportStatus);
        Assert.Equal("Se instalaron 58 cisternas comunitarias en Iztapalapa.", goal.Report);
        Assert.Equal(
            [("Conviene informar cuántas familias se abastecen de cada cisterna.", FeedbackSection.Retroalimentacion), ("Las pipas siguen llegando una vez por semana.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Text, f.Section)));
    }

    [Fact]
    public void Without_a_legend_a_letter_before_a_name_is_no_turn()
    {
        var acta = Extract(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 14 de septiembre de 2022"),
            P("Estrategia 604: Abastecer de agua a colonias sin red", ParagraphRole.Heading),
            P("Meta 604.1: Instalar cisternas comunitarias"),
            P("Informe: Se instalaron 58 cisternas comunitarias."),
            P("Observaciones:"),
            P("C. Rosa Pineda Luna: Las pipas siguen llegando una vez por semana."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. El Sistema de Aguas enviará el padrón de cisternas."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal("Se instalaron 58 cisternas comunitarias.", Assert.Single(strategy.Goals).Report);
        Assert.Single(strategy.Feedback);
    }
}
