using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes dictated with no label at all: a goal, its indicator and who carries it out told in one sentence, the report after
/// "el informe señala que", a missing report said in prose, and remarks "Who opinó acerca de la meta N que …".
/// </summary>
public sealed class DictatedGoalSentencesTests
{
    [Fact]
    public void Sentence_frames_give_the_goals_reports_and_remarks()
    {
        var acta = Extract(
            P("Minuta de la cuarta sesión ordinaria del Espacio de Participación del Derecho al Agua, hoy 9 de marzo de 2022, en la sala de juntas."),
            P("Asistieron por el gobierno Julia Rendón Paz del Sistema de Aguas de la Ciudad de México y por la sociedad civil Rosa Pineda Luna del Colectivo Agua Digna."),
            P("Después revisamos la estrategia 604, llamada Abastecer de agua a colonias sin red. La meta 604.1 consiste en instalar cisternas comunitarias, el indicador es número de cisternas instaladas y le corresponde al Sistema de Aguas de la Ciudad de México. El reporte indica que se instalaron 58 cisternas en Iztapalapa. La meta 604.2 es reparar fugas en la red secundaria, su indicador es número de fugas reparadas y está a cargo del Sistema de Aguas de la Ciudad de México. De esta meta el Sistema de Aguas tampoco trajo informe."),
            P("La Secretaría Ejecutiva opinó acerca de la meta 604.1 que conviene saber cuántas familias usan cada cisterna. Rosa Pineda Luna señaló sobre la meta 604.2 que las fugas siguen sin atenderse."),
            P("Acuerdos:"),
            P("1. El Sistema de Aguas enviará el padrón de cisternas."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(604, strategy.Number);
        Assert.Equal(["604.1", "604.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(ReportStatus.Reported, strategy.Goals[0].ReportStatus);
        Assert.Equal("se instalaron 58 cisternas en Iztapalapa", strategy.Goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, strategy.Goals[1].ReportStatus);
        Assert.Equal(
            [("conviene saber cuántas familias usan cada cisterna", FeedbackSection.Retroalimentacion, "604.1"), ("las fugas siguen sin atenderse", FeedbackSection.Observacion, "604.2")],
            strategy.Feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }

    [Fact]
    public void A_goal_sentence_without_indicator_or_executor_is_no_frame()
    {
        Assert.Null(DictatedGoalSentences.Pieces("La meta 604.1 es prioritaria para las colonias del oriente. Se habló de las pipas."));
    }
}
