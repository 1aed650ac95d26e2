using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A board or a form that gives each goal its own card: the card's title is the goal id ("Meta 512.1"), then the strategy
/// as labels inside the card ("Estrategia 512 · Con avance", "Estrategia 512: title"), then the goal's text under a bare "Meta:".
/// </summary>
public sealed class GoalCardTitleTests
{
    private static Acta Board() => Extract(
        P("Séptima Sesión Ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
        P("Fecha: 9 de mayo de 2023"),
        P("Pendientes"),
        P("Meta 512.1"),
        P("Estrategia 512 · Sin avance"),
        P("Estrategia 512: Mejorar las condiciones de las viviendas en unidades habitacionales"),
        P("Meta: Rehabilitar cisternas en unidades habitacionales de interés social"),
        P("Responsable: Procuraduría Social"),
        P("Informe: La PROSOC no entregó informe."),
        P("Meta 512.2"),
        P("Estrategia 512 · Con avance"),
        P("Estrategia 512: Mejorar las condiciones de las viviendas en unidades habitacionales"),
        P("Meta: Impermeabilizar azoteas de edificios con daños"),
        P("Responsable: Instituto de Vivienda"),
        P("Informe: Se impermeabilizaron 14 edificios en dos unidades de Iztacalco."),
        P("ACUERDOS", ParagraphRole.Heading),
        P("1. La PROSOC enviará el padrón de cisternas."));

    [Fact]
    public void The_card_title_gives_the_goal_its_id_and_the_cards_labels_make_one_strategy()
    {
        var strategy = Assert.Single(Board().Strategies);
        Assert.Equal(512, strategy.Number);
        Assert.Equal("Mejorar las condiciones de las viviendas en unidades habitacionales", strategy.Title);
        Assert.Equal(
            [("512.1", ReportStatus.NotReported), ("512.2", ReportStatus.Reported)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus)).ToList());
        Assert.Equal("Impermeabilizar azoteas de edificios con daños", strategy.Goals[1].Text);
    }

    [Fact]
    public void The_cards_labels_printed_above_its_title_are_no_remark()
    {
        var acta = Extract(
            P("Séptima Sesión Ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
            P("Fecha: 9 de mayo de 2023"),
            P("Pendientes"),
            P("Estrategia 512"),
            P("Sin avance"),
            P("Meta 512.1"),
            P("Estrategia 512: Mejorar las condiciones de las viviendas en unidades habitacionales"),
            P("Meta: Rehabilitar cisternas en unidades habitacionales de interés social"),
            P("Responsable: Procuraduría Social"),
            P("Informe: La PROSOC no entregó informe."),
            P("Estrategia 512"),
            P("Con avance"),
            P("Meta 512.2"),
            P("Estrategia 512: Mejorar las condiciones de las viviendas en unidades habitacionales"),
            P("Meta: Impermeabilizar azoteas de edificios con daños"),
            P("Responsable: Instituto de Vivienda"),
            P("Informe: Se impermeabilizaron 14 edificios en dos unidades de Iztacalco."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("512.1", ReportStatus.NotReported), ("512.2", ReportStatus.Reported)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus)).ToList());
        Assert.Empty(strategy.Feedback);
    }

    [Fact]
    public void A_goal_id_closing_a_block_stays_there_when_another_strategy_follows()
    {
        var acta = Extract(
            P("Séptima Sesión Ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
            P("Fecha: 9 de mayo de 2023"),
            P("Estrategia 512: Mejorar las condiciones de las viviendas"),
            P("Meta 512.1: Rehabilitar cisternas en unidades habitacionales."),
            P("Informe: Se rehabilitaron 9 cisternas."),
            P("Meta 512.2"),
            P("Estrategia 514: Regularizar la tenencia de la vivienda"),
            P("Meta 514.1: Entregar escrituras."),
            P("Informe: Se entregaron 30 escrituras."));

        Assert.Equal(["512.1", "512.2"], acta.Strategies.Single(s => s.Number == 512).Goals.Select(g => g.Id).ToList());
        Assert.Equal(["514.1"], acta.Strategies.Single(s => s.Number == 514).Goals.Select(g => g.Id).ToList());
    }
}
