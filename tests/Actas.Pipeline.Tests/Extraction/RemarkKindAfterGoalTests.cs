using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Remarks under a strategy's table tagged with their goal, their kind and the speaker's acronym ("Meta 230.1 · Observación OSC: …"):
/// the tag says which goal and which kind, and is no part of the remark.
/// </summary>
public sealed class RemarkKindAfterGoalTests
{
    [Fact]
    public void A_remark_label_with_the_speakers_acronym_before_its_colon_is_a_label()
    {
        var found = StrategyLabels.Read("Observación UAM: Se propone capacitar a los comités de cuenca.");

        Assert.NotNull(found);
        Assert.Equal((StrategyField.Observation, "Se propone capacitar a los comités de cuenca."), (found.Field, found.Rest));
        // Without a colon the capitals are the sentence's own words.
        Assert.Null(StrategyLabels.Read("Observación UAM sobre el padrón de pipas"));
    }

    [Fact]
    public void Goal_then_kind_then_speaker_tags_give_the_remarks_goal_and_section_without_the_tag()
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Estrategia 230. Garantizar el abasto de agua potable en colonias con tandeo", ParagraphRole.Heading),
            T(
                ["Meta", "Indicador", "Responsable", "Informe"],
                ["230.1 Distribuir agua en pipas a las colonias sin servicio", "Número de viajes de pipa", "SACMEX", "Se realizaron 1,240 viajes de pipa."],
                ["230.2 Reparar las fugas de la red secundaria", "Fugas reparadas", "SACMEX", "Se repararon 310 fugas."]),
            P("Retroalimentación y observaciones de la sesión:"),
            P("Meta 230.1 · Retroalimentación SE: El informe permite medir el indicador."),
            P("Meta 230.2 · Observación OSC: La Red Vecinal del Agua cuestiona el tiempo de reparación."));

        var feedback = acta.Strategies.Single(s => s.Number == 230).Feedback;
        Assert.Equal(
            [
                ("230.1", FeedbackSection.Retroalimentacion, "El informe permite medir el indicador."),
                ("230.2", FeedbackSection.Observacion, "La Red Vecinal del Agua cuestiona el tiempo de reparación."),
            ],
            feedback.Select(f => (f.Goal, f.Section, f.Text)));
    }

    [Fact]
    public void An_outline_numbered_section_heading_after_the_title_is_no_part_of_the_bodys_name()
    {
        var acta = Extract(
            P("MINUTA Y CUADRO COMPARATIVO DE SEGUIMIENTO", ParagraphRole.Heading),
            P("Cuarta Sesión Ordinaria del Espacio de Participación del Derecho al Agua y al Saneamiento", ParagraphRole.Heading),
            P("I. Datos generales", ParagraphRole.Heading),
            T(["Fecha", "11/04/2021"], ["Hora de inicio", "11:30"]),
            P("Estrategia 230. Garantizar el abasto de agua potable en colonias con tandeo", ParagraphRole.Heading),
            T(["Meta", "Indicador", "Responsable", "Informe"], ["230.1 Distribuir agua en pipas", "Viajes de pipa", "SACMEX", "Se realizaron 1,240 viajes."]));

        Assert.Equal("Derecho al Agua y al Saneamiento", acta.Session.Body);
    }

    [Fact]
    public void A_session_title_in_a_list_of_attendees_is_no_person()
    {
        Assert.False(PersonNames.LooksLikePerson("Acta de la Novena Sesión Ordinaria"));
        Assert.True(PersonNames.LooksLikePerson("Lic. Isaac Martínez Chávez"));
    }
}
