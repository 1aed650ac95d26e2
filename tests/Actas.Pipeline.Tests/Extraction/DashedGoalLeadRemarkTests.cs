using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A remark led by who spoke, a dash, then the goal and a colon ("SE — Meta 318.1: …", "Name (Body) – Meta 318.2: …"): the lead
/// is one tag, not a goal line cut out of the remark; it names the goal, and who spoke says the remark's kind.
/// </summary>
public sealed class DashedGoalLeadRemarkTests
{
    [Theory]
    [InlineData("SE — Meta 318.1: Se pide desagregar los créditos por alcaldía.", "SE", "318.1", "Se pide desagregar los créditos por alcaldía.")]
    [InlineData("Frente Vecinal - meta 318.2: Los créditos no llegan a Milpa Alta.", "Frente Vecinal", "318.2", "Los créditos no llegan a Milpa Alta.")]
    public void Who_spoke_and_the_goal_after_a_dash_are_the_tag(string remark, string who, string goal, string text)
    {
        Assert.Equal((who, goal), (SpeakerTag.GoalSpeaker(remark), SpeakerTag.GoalOf(remark)));
        Assert.Equal(text, SpeakerTag.Strip(remark));
    }

    [Fact]
    public void A_dashed_lead_is_not_cut_before_its_goal() =>
        Assert.Equal(["SE — Meta 318.1: Se pide el padrón."], RowStream.SplitOnStrategyLabels("SE — Meta 318.1: Se pide el padrón."));

    [Fact]
    public void Remarks_led_by_speaker_dash_goal_are_read_with_their_goal_and_kind()
    {
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA"),
            P("Fecha: 4 de junio de 2019"),
            P("Estrategia 318. Ampliar el crédito de vivienda para mujeres jefas de familia"),
            P("Meta 318.1. Otorgar créditos de vivienda a mujeres jefas de familia"),
            P("Informe: Se otorgaron 412 créditos en 2018."),
            P("Meta 318.2. Publicar el padrón de créditos otorgados"),
            P("Informe: Se publicó el padrón en el portal."),
            P("Comentarios"),
            P("SE — Meta 318.1: Se pide desagregar los créditos por alcaldía."),
            P("Ana Ruiz Paz (Frente Vecinal, A.C.) – Meta 318.2: Los créditos no llegan a Milpa Alta."),
            P("ACUERDOS"),
            P("1. El Instituto de Vivienda enviará el padrón desagregado."));

        var feedback = Assert.Single(acta.Strategies).Feedback;
        Assert.Equal(
            [("318.1", FeedbackSection.Retroalimentacion, "Se pide desagregar los créditos por alcaldía."),
             ("318.2", FeedbackSection.Observacion, "Los créditos no llegan a Milpa Alta.")],
            feedback.Select(f => (f.Goal, f.Section, f.Text)));
        Assert.Equal(2, acta.Strategies[0].Goals.Count);
    }
}
