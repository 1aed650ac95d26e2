using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A goal written as its id and text without the word "Meta" (Word's own numbering printed to PDF, a tab or a gap between
/// them): a line opening with a goal id of the strategy under discussion opens that goal; an id of another strategy, or a
/// number inside a remark, does not.
/// </summary>
public sealed class GoalIdLineTests
{
    private static Paragraph Tabbed(string id, string text) => P(id + "\t" + text);

    [Fact]
    public void A_line_opening_with_a_goal_id_of_the_strategy_opens_that_goal()
    {
        var acta = Extract(
            P("MINUTA DE LA SÉPTIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA INTEGRIDAD", ParagraphRole.Heading),
            P("Fecha: 9 de junio de 2022"),
            P("Estrategia 253. Atender a las víctimas de tortura"),
            Tabbed("253.1", "Las víctimas reciben atención psicológica especializada."),
            P("Informe: Se atendió a 146 personas."),
            P("Comentarios:"),
            P("Se pide desagregar por sexo; la meta 257.1 trata la reparación."),
            P("253.2 Se aplica el Protocolo de Estambul en los casos denunciados."),
            P("Informe: Se elaboraron 39 dictámenes."),
            P("Comentarios:"),
            P("257.1 Se menciona aquí otra estrategia, y es un comentario."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La FGJCDMX enviará los dictámenes."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["253.1", "253.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Las víctimas reciben atención psicológica especializada.", "Se aplica el Protocolo de Estambul en los casos denunciados."],
            strategy.Goals.Select(g => g.Text));
        Assert.Equal([ReportStatus.Reported, ReportStatus.Reported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(2, strategy.Feedback.Count);
    }

    [Fact]
    public void A_heading_with_the_goal_id_set_off_by_a_middle_dot_or_a_dash_opens_that_goal()
    {
        var acta = Extract(
            P("Minuta · 3a Sesión Ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: martes 4 de mayo de 2021"),
            P("Estrategia 412 — Abastecer de agua potable a las colonias sin red", ParagraphRole.Heading),
            P("412.1 · Distribuir agua en pipas a las colonias sin red", ParagraphRole.Heading),
            P("Responsable: Sistema de Aguas de la Ciudad de México"),
            P("Informe: Se distribuyeron 5,210 viajes de pipa."),
            P("412.2 – Rehabilitar las tomas comunitarias", ParagraphRole.Heading),
            P("Responsable: Alcaldía Iztapalapa"),
            P("Informe: Se rehabilitaron 18 tomas."),
            P("Acuerdos", ParagraphRole.Heading),
            P("El Sistema de Aguas enviará el calendario de pipas."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["412.1", "412.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Distribuir agua en pipas a las colonias sin red", "Rehabilitar las tomas comunitarias"], strategy.Goals.Select(g => g.Text));
        Assert.Equal(["Sistema de Aguas de la Ciudad de México", "Alcaldía Iztapalapa"], strategy.Goals.Select(g => g.Executor));
    }
}
