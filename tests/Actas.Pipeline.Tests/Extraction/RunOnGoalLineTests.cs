using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A strategy heading printed so close to its first goal's line (a goal id with no "Meta") that a PDF reads them as one
/// paragraph: the goal opens at its id, the title ends before it.
/// </summary>
public sealed class RunOnGoalLineTests
{
    private static Model.Acta Read() => ExtractPdf(
        P("Minuta · 3a Reunión Ordinaria", ParagraphRole.Heading),
        P("Fecha: martes 14 de marzo de 2023 | Sede: Sala de juntas de la Secretaría de Salud"),
        P("Seguimiento de estrategias", ParagraphRole.Heading),
        P("Estrategia 402 — Reducir los tiempos de espera en las clínicas de la alcaldía 402.1 · Ampliar el horario vespertino de la consulta externa en las clínicas"),
        P("Indicador: Número de consultorios con horario vespertino"),
        P("Responsable: Secretaría de Salud"),
        P("Lo que se informó: Se abrieron 14 consultorios vespertinos en cuatro clínicas."),
        P("402.2 · Publicar los tiempos de espera de cada clínica"),
        P("Indicador: Número de clínicas que publican sus tiempos"),
        P("Responsable: Secretaría de Salud"),
        P("Lo que se informó: Publican sus tiempos 9 clínicas."),
        P("Acuerdos", ParagraphRole.Heading),
        P("La Secretaría de Salud enviará el padrón de clínicas."));

    [Fact]
    public void The_goal_line_run_on_into_the_strategy_heading_opens_the_goal()
    {
        var strategy = Assert.Single(Read().Strategies);

        Assert.Equal("Reducir los tiempos de espera en las clínicas de la alcaldía", strategy.Title);
        Assert.Equal(["402.1", "402.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Ampliar el horario vespertino de la consulta externa en las clínicas", strategy.Goals[0].Text);
        Assert.Equal("Se abrieron 14 consultorios vespertinos en cuatro clínicas.", strategy.Goals[0].Report);
    }

    [Fact]
    public void A_goal_label_before_the_run_on_id_goes_with_the_goal()
    {
        var acta = ExtractPdf(
            P("ACTA DE LA SESIÓN ORDINARIA NÚMERO DOS", ParagraphRole.Heading),
            P("En la Ciudad de México, el 9 de mayo de 2019, se reunieron las personas integrantes del Espacio."),
            P("ESTRATEGIA 515.- Vigilar el abasto de agua en las unidades habitacionales.- - META 515.1.- Revisar las cisternas de las unidades habitacionales."),
            P("INDICADOR.- Número de cisternas revisadas."),
            P("INSTANCIA EJECUTORA.- Sistema de Aguas de la Ciudad de México."),
            P("INFORME.- Se revisaron 37 cisternas."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("PRIMERO.- El Sistema de Aguas enviará el padrón de cisternas."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.DoesNotContain("META", strategy.Title, StringComparison.Ordinal);
        Assert.Equal("515.1", Assert.Single(strategy.Goals).Id);
        Assert.StartsWith("Revisar las cisternas", strategy.Goals[0].Text, StringComparison.Ordinal);
    }
}
