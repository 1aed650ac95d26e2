using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A tracking system's comment list printed after the goals (blind batch L, L2): each comment under a byline "who · kind ·
/// goal", and in the PDF a card avatar of the author's initials over the byline.
/// </summary>
public sealed class GoalBylineTests
{
    private static Acta Page() => Extract(
        P("Minuta de la sesión 5 · Espacio del Derecho a la Vivienda", ParagraphRole.Heading),
        P("Fecha: 9 de mayo de 2021"),
        P("Estrategia 641 — Reducir los desalojos forzosos"),
        P("Meta 641.1 — Acompañar los lanzamientos ordenados por juzgados"),
        P("Informe"),
        P("Se acompañaron 57 diligencias en cuatro alcaldías."),
        P("Meta 641.2 — Instalar una mesa de mediación"),
        P("Informe"),
        P("La mesa sesionó dos veces."),
        P("Comentarios"),
        P("SE"),
        P("Secretaría Ejecutiva · Retroalimentación · Meta 641.1"),
        P("Conviene desagregar las diligencias por tipo de juicio."),
        P("RQ"),
        P("Rebeca Quiroz Álvarez (Frente Inquilinario) | Observación | meta 641.2"),
        P("La mesa no invitó a las familias afectadas."),
        P("Secretaría Ejecutiva · Retroalimentación · Meta 641.2"),
        P("Se reconoce la instalación de la mesa."));

    [Fact]
    public void A_byline_naming_a_goal_is_no_remark_and_puts_the_remark_under_it_on_that_goal()
    {
        var feedback = Assert.Single(Page().Strategies).Feedback;

        Assert.Equal(
            [
                ("Conviene desagregar las diligencias por tipo de juicio.", FeedbackSection.Retroalimentacion, "641.1"),
                ("La mesa no invitó a las familias afectadas.", FeedbackSection.Observacion, "641.2"),
                ("Se reconoce la instalación de la mesa.", FeedbackSection.Retroalimentacion, "641.2"),
            ],
            feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }

    [Theory]
    [InlineData("Secretaría Ejecutiva · Retroalimentación · Meta 641.1", StrategyField.Feedback, "641.1")]
    [InlineData("Rebeca Quiroz Álvarez (Frente Inquilinario) | Observación | meta 641.2", StrategyField.Observation, "641.2")]
    [InlineData("Colectivo Manos que Hablan | Observación", StrategyField.Observation, null)]
    public void A_byline_may_name_the_goal_after_the_kind(string line, StrategyField field, string? goal) =>
        Assert.Equal((field, goal), StrategyLabels.BylineWithGoal(line));

    [Fact]
    public void A_byline_with_a_report_label_is_none() =>
        Assert.Null(StrategyLabels.BylineWithGoal("Secretaría Ejecutiva · Informe · Meta 641.1"));
}
