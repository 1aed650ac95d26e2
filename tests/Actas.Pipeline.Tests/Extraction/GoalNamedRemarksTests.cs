using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Remarks whose lead names their goal: gathered in a closing section after the last strategy ("Respecto de la meta N, who
/// verb que …"), each goes to the goal it names, in its own strategy; typed under a strategy's table with a dash and the goal
/// in parentheses, they are remarks of that strategy. Who spoke says the kind; the lead is no part of the remark.
/// </summary>
public sealed class GoalNamedRemarksTests
{
    [Fact]
    public void Closing_remarks_go_to_the_goals_they_name()
    {
        var acta = Extract(
            P("Acta de la cuarta sesión ordinaria del Espacio de Participación de Vivienda", ParagraphRole.Heading),
            P("Fecha: 3 de octubre de 2019"),
            P("Estrategia 701. Mejorar la vivienda en barrios de autoconstrucción"),
            P("Meta 701.1. Otorgar créditos de mejoramiento."),
            P("Informe: Se otorgaron 96 créditos."),
            P("Meta 701.2. Dar asesoría técnica a familias."),
            P("Informe: Sin informe."),
            P("Estrategia 704. Prevenir desalojos forzosos"),
            P("Meta 704.1. Instalar una mesa de mediación."),
            P("Informe: La mesa sesionó dos veces."),
            P("Observaciones generales"),
            P("Respecto de la meta 701.2, la Secretaría Ejecutiva indica que falta el calendario de las asesorías."),
            P("En cuanto a la meta 704.1, Leticia Bravo Huerta (Unión de Inquilinos del Centro) comenta que la mesa no invitó a las familias."),
            P("Respecto de la meta 701.1, Ramón Ortiz Gil (Colectivo Casa Digna) sugiere que los créditos lleguen a las colonias del oriente."),
            P("ACUERDOS"),
            P("1. El instituto enviará el calendario de asesorías."));

        var byNumber = acta.Strategies.ToDictionary(s => s.Number);
        Assert.Collection(
            byNumber[701].Feedback.OrderBy(f => f.Goal, StringComparer.Ordinal),
            f =>
            {
                Assert.Equal("701.1", f.Goal);
                Assert.Equal("los créditos lleguen a las colonias del oriente.", f.Text);
                Assert.Equal(FeedbackSection.Observacion, f.Section);
            },
            f =>
            {
                Assert.Equal("701.2", f.Goal);
                Assert.Equal("falta el calendario de las asesorías.", f.Text);
                Assert.Equal(FeedbackSection.Retroalimentacion, f.Section);
            });
        var remark = Assert.Single(byNumber[704].Feedback);
        Assert.Equal(("704.1", "la mesa no invitó a las familias.", FeedbackSection.Observacion), (remark.Goal, remark.Text, remark.Section));
    }

    [Fact]
    public void Dashed_goal_tagged_remarks_under_a_table_are_remarks_on_their_goals()
    {
        var acta = Extract(
            P("Acta de la primera sesión ordinaria del Espacio de Participación de Vivienda", ParagraphRole.Heading),
            P("Fecha: 5 de marzo de 2019"),
            P("Estrategia 701 — Mejorar la vivienda en barrios de autoconstrucción"),
            T(["Meta", "Descripción", "Responsable", "Informe"],
              ["701.1", "Otorgar créditos de mejoramiento.", "Instituto de Vivienda", "Se otorgaron 96 créditos."],
              ["701.2", "Dar asesoría técnica a familias.", "Instituto de Vivienda", "Sin informe."]),
            P("•\tSecretaría Ejecutiva — (meta 701.2) Hace falta saber cuándo comienzan las asesorías."),
            P("•\tRamón Ortiz Gil — (meta 701.1) Los créditos no alcanzan para techos completos."),
            P("Acuerdos"),
            P("1. El instituto enviará el calendario de asesorías."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("701.2", "Hace falta saber cuándo comienzan las asesorías.", FeedbackSection.Retroalimentacion),
             ("701.1", "Los créditos no alcanzan para techos completos.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Goal, f.Text, f.Section)));
    }

    [Theory]
    [InlineData("Sobre la meta 212.3, el Mtro. Luis Paz (Red Vecinal) observó que no hubo consulta.", "212.3", "Mtro. Luis Paz (Red Vecinal)")]
    [InlineData("Con relación a la meta 212.1, la Secretaría Ejecutiva señalan: Falta el padrón.", "212.1", "Secretaría Ejecutiva")]
    [InlineData("•\tColectivo Barrio Vivo – (212.2) Las obras se detuvieron.", "212.2", "Colectivo Barrio Vivo")]
    [InlineData("Respecto de la META 318.1, la Contraloría apunta que hubo licitación.", "318.1", "Contraloría")]
    [InlineData("Dirección de Obras — meta 318.3: Se entregaron dos bombas.", "318.3", "Dirección de Obras")]
    [InlineData("En cuanto a la meta 318.2, la Dirección de Vivienda recomienda que se publique el padrón.", "318.2", "Dirección de Vivienda")]
    [InlineData("En lo que toca a la meta 318.4, Ana Ruiz (Colectivo Sur) manifiestan que no hubo aviso.", "318.4", "Ana Ruiz (Colectivo Sur)")]
    public void The_lead_gives_goal_and_speaker(string text, string goal, string who)
    {
        var read = GoalNamedSpeech.Read(text);
        Assert.NotNull(read);
        Assert.Equal((goal, who), (read.Value.GoalId, read.Value.Who));
    }

    [Theory]
    [InlineData("Sobre la meta 212.3 se informó que hubo 40 visitas.")]
    [InlineData("La Secretaría Ejecutiva señala que falta el padrón.")]
    [InlineData("Meta 212.1 — Otorgar créditos.")]
    public void Other_lines_have_no_goal_naming_lead(string text) => Assert.Null(GoalNamedSpeech.Read(text));
}
