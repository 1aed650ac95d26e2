using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A remark led by who spoke, a slash, then the goal and a colon ("SE / Meta 412.2: …"): the lead is one tag, as with a dash,
/// not a goal line cut out of the remark (which reopened the goal and left "SE /" at the end of the report above). A label's
/// other language before the slash ("Goal / Meta …") is still no speaker.
/// </summary>
public sealed class SlashedGoalLeadRemarkTests
{
    [Fact]
    public void Who_spoke_and_the_goal_after_a_slash_are_the_tag()
    {
        const string remark = "SE / Meta 412.2: Se solicita el calendario de entregas.";
        Assert.Equal(("SE", "412.2"), (SpeakerTag.GoalSpeaker(remark), SpeakerTag.GoalOf(remark)));
        Assert.Equal("Se solicita el calendario de entregas.", SpeakerTag.Strip(remark));
    }

    [Fact]
    public void A_slashed_lead_is_not_cut_before_its_goal() =>
        Assert.Equal(["SE / Meta 412.2: Se pide el padrón."], RowStream.SplitOnStrategyLabels("SE / Meta 412.2: Se pide el padrón."));

    [Fact]
    public void Remarks_under_a_goal_table_led_by_speaker_slash_goal_keep_the_reports_whole()
    {
        var acta = Extract(
            P("Acta de la tercera sesión ordinaria del Espacio de Participación del Derecho a la Alimentación"),
            P("Fecha: 9 de octubre de 2018"),
            P("Estrategia 412. Garantizar comedores comunitarios en colonias de alta marginación"),
            T(["Meta", "Descripción", "Informe"],
              ["412.1", "Abrir comedores comunitarios", "Se abrieron 14 comedores en Iztapalapa."],
              ["412.2", "Entregar insumos a los comedores", "Se entregaron insumos a 40 comedores."]),
            P("SE / Meta 412.2: Se solicita el calendario de entregas."),
            P("Rosa Ibarra Soto (Red de Cocinas Vecinales): Los insumos llegan tarde a Tláhuac."),
            P("ACUERDOS"),
            P("1. La Secretaría de Bienestar enviará el calendario."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["412.1", "412.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Se entregaron insumos a 40 comedores.", strategy.Goals[1].Report);
        var first = strategy.Feedback[0];
        Assert.Equal(("412.2", FeedbackSection.Retroalimentacion, "Se solicita el calendario de entregas."), (first.Goal, first.Section, first.Text));
    }
}
