using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Remark paragraphs that name who spoke and the goal ("Who, sobre la meta N: …") straight after a goal's fields, with no
/// remarks heading over them (blind batch X, X4): each one is a remark on the goal it names, the secretariat's feedback,
/// anybody else's an observation, and none of them is more of the executor or the report before it.
/// </summary>
public sealed class GoalRemarkAfterFieldsTests
{
    private static Acta Minute() => Extract(
        P("Acta de la tercera sesión ordinaria del Espacio de Participación de Movilidad", ParagraphRole.Heading),
        P("Fecha: 9 de mayo de 2017"),
        P("Estrategia 512. Garantizar banquetas accesibles"),
        P("Meta 512.1. Rehabilitar rampas en cruceros escolares."),
        P("Indicador: Número de rampas rehabilitadas. Instancia responsable: Secretaría de Obras y Servicios."),
        P("Meta 512.2. Retirar obstáculos fijos de las banquetas."),
        P("Indicador: Número de obstáculos retirados. Instancia responsable: Secretaría de Obras y Servicios."),
        P("La Secretaría Ejecutiva, respecto de la meta 512.2: Falta saber en qué colonias se retiraron los postes."),
        P("Octavio Ruelas Meza (Colectivo Peatón Libre, A.C.), sobre la meta 512.1: Varias rampas quedaron con pendiente excesiva."));

    [Fact]
    public void A_goal_naming_remark_after_the_executor_is_a_remark_on_that_goal()
    {
        var strategy = Assert.Single(Minute().Strategies);

        Assert.Equal(["Secretaría de Obras y Servicios", "Secretaría de Obras y Servicios"], strategy.Goals.Select(g => g.Executor));
        Assert.Collection(
            strategy.Feedback,
            f =>
            {
                Assert.Equal("Falta saber en qué colonias se retiraron los postes.", f.Text);
                Assert.Equal("512.2", f.Goal);
                Assert.Equal(FeedbackSection.Retroalimentacion, f.Section);
            },
            f =>
            {
                Assert.Equal("Varias rampas quedaron con pendiente excesiva.", f.Text);
                Assert.Equal("512.1", f.Goal);
                Assert.Equal(FeedbackSection.Observacion, f.Section);
            });
    }

    [Fact]
    public void A_tagged_remark_a_line_break_cut_keeps_its_speakers_kind()
    {
        var acta = Extract(
            P("Acta de la cuarta sesión ordinaria del Espacio de Participación de Movilidad", ParagraphRole.Heading),
            P("Fecha: 11 de julio de 2017"),
            P("Estrategia 512. Garantizar banquetas accesibles"),
            P("Meta 512.1. Rehabilitar rampas en cruceros escolares."),
            P("Informe: Se rehabilitaron 40 rampas."),
            P("Retroalimentación y observaciones"),
            P("Octavio Ruelas Meza (Colectivo Peatón Libre), meta 512.1: El colectivo pide que las rampas"),
            P("se revisen con personas usuarias de silla de ruedas."));

        var remark = Assert.Single(Assert.Single(acta.Strategies).Feedback);
        Assert.Equal("El colectivo pide que las rampas se revisen con personas usuarias de silla de ruedas.", remark.Text);
        Assert.Equal(FeedbackSection.Observacion, remark.Section);
    }

    [Theory]
    [InlineData("La Secretaría Ejecutiva, sobre la meta 512.2: Falta el padrón.", true)]
    [InlineData("Secretaría Ejecutiva [meta 512.2]: Falta el padrón.", true)]
    [InlineData("Octavio Ruelas Meza (Colectivo Peatón Libre, A.C.), meta 512.1: Las rampas no sirven.", false)]
    [InlineData("Se rehabilitaron 40 rampas, sobre la meta 512.1.", null)]
    [InlineData("Instancia responsable: Secretaría de Obras y Servicios.", null)]
    public void Who_speaks_on_a_goal_says_the_remark_kind(string text, bool? bySecretariat) =>
        Assert.Equal(bySecretariat, SpeakerTag.GoalRemarkBySecretariat(text));

    [Fact]
    public void A_stop_after_the_goal_closes_the_speaker_s_tag_as_it_closes_a_goal_s_lead()
    {
        var acta = Extract(
            P("Acta de la tercera sesión ordinaria del Espacio de Participación de Movilidad", ParagraphRole.Heading),
            P("Fecha: 9 de mayo de 2017"),
            P("Estrategia 512. Garantizar banquetas accesibles"),
            P("Meta 512.1. Rehabilitar rampas en cruceros escolares."),
            P("Informe: Se rehabilitaron 40 rampas."),
            P("Observaciones"),
            P("Octavio Ruelas Meza, meta 512.1. Varias rampas quedaron con pendiente excesiva."));

        var remark = Assert.Single(Assert.Single(acta.Strategies).Feedback);
        Assert.Equal(("Varias rampas quedaron con pendiente excesiva.", "512.1"), (remark.Text, remark.Goal));
    }
}
