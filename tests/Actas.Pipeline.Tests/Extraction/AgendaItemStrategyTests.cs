using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A minuta kept as one table with a row per agenda item (No. | Tema | Desarrollo | Acuerdos): a strategy's row names it
/// in the topic cell and holds every goal as labelled paragraphs in the next cell.
/// </summary>
public sealed class AgendaItemStrategyTests
{
    [Fact]
    public void A_topic_cell_naming_a_strategy_opens_it_and_the_next_cell_gives_its_goals()
    {
        var acta = Extract(
            P("MINUTA DE REUNIÓN"),
            T(["Reunión:", "VII Sesión Ordinaria del Espacio de Participación del Derecho al Agua"], ["Fecha:", "12 de mayo de 2017"]),
            P("Participantes"),
            T(["Entes públicos", "Sociedad civil"], ["Lic. Ana Ruiz Soto (SACMEX)", "C. Luis Pérez Gil (Agua para Todos, A.C.)"]),
            T(
                ["No.", "Tema", "Desarrollo", "Acuerdos"],
                ["1", "Verificación del quórum", "Hubo quórum.", "—"],
                ["2", "Revisión de la estrategia 310: Garantizar el abasto de agua potable",
                    "Meta 310.1. Reducir el tandeo en colonias del oriente.\nIndicador: Colonias con tandeo.\nEnte responsable: SACMEX.\nInforme: Se redujo el tandeo en 17 colonias.\nComentario de la SE: Falta desagregar por alcaldía.\nComentario de participantes: Las vecinas piden horarios fijos.\nMeta 310.2. Captar agua de lluvia.\nIndicador: Sistemas instalados.\nEnte responsable: SEDEMA.\nInforme: No se presentó informe.",
                    "A.2.1 SACMEX enviará el calendario de tandeo."]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal((310, "Garantizar el abasto de agua potable"), (strategy.Number, strategy.Title));
        Assert.Equal(["310.1", "310.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["SACMEX", "SEDEMA"], strategy.Goals.Select(g => g.Executor));
        Assert.Equal("Se redujo el tandeo en 17 colonias.", strategy.Goals[0].Report);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(
            [("310.1", "Falta desagregar por alcaldía."), ("310.1", "Las vecinas piden horarios fijos.")],
            strategy.Feedback.Select(f => (f.Goal, f.Text)));
    }
}
