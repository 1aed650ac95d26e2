using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An acta kept as a page of a team workspace and copied into Word or printed (blind batch P, P5): goals behind disclosure
/// triangles, icons before labels, a comment count after the label, and each comment under a byline "who · kind".
/// </summary>
public sealed class WorkspacePageTests
{
    private static Acta Page() => Extract(
        P("Sesión 3 · Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
        P("Fecha: 14 de julio de 2020"),
        P("Estrategia 412 — Garantizar el abasto de agua potable"),
        P("▸ Meta 412.1 — Instalar sistemas de captación de lluvia en escuelas"),
        P("Indicador: Número de sistemas instalados"),
        P("Responsable: SACMEX"),
        P("Informe"),
        P("Se instalaron 38 sistemas de captación en primarias de Iztapalapa."),
        P("Comentarios (2)"),
        P("Rosa Elvira Quintana · Retroalimentación SE"),
        P("Conviene informar cuántos litros se captaron por plantel."),
        P("Colectivo Agua Viva | Observación"),
        P("Varias escuelas reportan que los sistemas no tienen mantenimiento."),
        P("▸ Meta 412.2 — Reparar fugas en la red secundaria"),
        P("Responsable: SACMEX"),
        P("⚠️ No informó."));

    [Fact]
    public void A_disclosure_triangle_before_a_goal_label_is_decoration()
    {
        var goals = Assert.Single(Page().Strategies).Goals;

        Assert.Equal(["412.1", "412.2"], goals.Select(g => g.Id));
        Assert.StartsWith("Instalar sistemas", goals[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_count_after_the_label_and_the_bylines_under_it_give_remarks_without_their_bylines()
    {
        var feedback = Assert.Single(Page().Strategies).Feedback;

        Assert.Equal(2, feedback.Count);
        Assert.Equal(("Conviene informar cuántos litros se captaron por plantel.", FeedbackSection.Retroalimentacion), (feedback[0].Text, feedback[0].Section));
        Assert.Equal(FeedbackSection.Observacion, feedback[1].Section);
        Assert.All(feedback, f => Assert.Equal("412.1", f.Goal));
    }

    [Theory]
    [InlineData("Paulina Ceja Robledo · Retroalimentación SE", StrategyField.Feedback)]
    [InlineData("Colectivo Manos que Hablan | Observación", StrategyField.Observation)]
    [InlineData("Secretaría Ejecutiva · Informe", null)]
    [InlineData("Se entregaron 14 apoyos · 3 alcaldías", null)]
    public void A_byline_names_the_kind_of_the_remark_under_it(string line, StrategyField? field) =>
        Assert.Equal(field, StrategyLabels.Byline(line));
}
