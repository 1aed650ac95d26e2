using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A follow-up written as one long table whose first column is named for the strategy and its goal together: the strategy
/// stands in a full-width band, each row below it is one goal with its report.
/// </summary>
public sealed class StrategyAndGoalColumnTests
{
    [Fact]
    public void A_column_named_for_strategy_and_goal_holds_one_goal_per_row()
    {
        var acta = Extract(
            P("Minuta de la reunión del Espacio de Participación, 12/09/2022"),
            P("Seguimiento", ParagraphRole.Heading),
            T(["Estrategia y meta", "Indicador", "Informe entregado", "Comentarios"],
              ["ESTRATEGIA 305: Garantizar el abasto de agua potable en colonias populares", "", "", ""],
              ["Meta 305.1\nDistribuir agua en pipas a colonias sin red", "Litros distribuidos", "Se distribuyeron 4,200 pipas en Iztapalapa.", "SE: Falta desagregar por colonia."],
              ["Meta 305.2\nReparar fugas en la red secundaria", "Fugas reparadas", "No se presentó informe.", "—"]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(305, strategy.Number);
        Assert.Equal(
            [("305.1", ReportStatus.Reported), ("305.2", ReportStatus.NotReported)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus)));
    }
}
