using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A bitácora kept as a timeline table (Hora | Punto | Interviene | Desarrollo): every row opens with a clock time, the
/// point says what the row is and the speaker stands only in its own column.
/// </summary>
public sealed class TimelineTableTests
{
    private static readonly string[] Header = ["Hora", "Punto", "Interviene", "Desarrollo"];

    [Fact]
    public void Timeline_rows_give_strategies_goals_remarks_and_agreements()
    {
        var acta = ExtractPdf(
            P("BITÁCORA DE LA SESIÓN"),
            P("3ª Sesión Ordinaria del Espacio de Participación del Derecho al Agua, 14 de marzo de 2019"),
            P("Desarrollo de la sesión", ParagraphRole.Heading),
            T(
                Header,
                ["9:30", "Bienvenida", "Coordinación", "Se abre la sesión con quórum."],
                ["9:40", "Estrategia 310", "Coordinación", "Se expone la estrategia: Garantizar el abasto de agua potable."],
                ["9:45", "Meta 310.1", "SACMEX", "Meta: Reducir el tandeo en colonias del oriente\nIndicador: Colonias con tandeo Responsable: SACMEX\nInforme: Se redujo el tandeo en 17 colonias y"]),
            P("2"),
            P("Notas tomadas por la relatoría."),
            T(
                Header,
                ["", "", "", "se instalaron 5 garzas."],
                ["9:55", "Observación · 310.1", "Colectivo Agua Viva", "Las vecinas piden que el tandeo tenga horarios fijos."],
                ["10:00", "Retroalimentación\n· 310.1", "SE", "Falta desagregar el avance por alcaldía."],
                ["10:20", "Acuerdo 1", "Pleno", "SACMEX enviará el calendario de tandeo al Espacio."],
                ["10:25", "Acuerdo 2", "Pleno", "La SE circulará la minuta en cinco días hábiles."],
                ["10:30", "Próxima sesión", "Coordinación", "Se fija la 4ª Sesión Ordinaria para el jueves 11 de abril de 2019, a las 9:30 horas."]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal((310, "Garantizar el abasto de agua potable"), (strategy.Number, strategy.Title));
        var goal = Assert.Single(strategy.Goals);
        Assert.Equal(("310.1", "Reducir el tandeo en colonias del oriente", "SACMEX"), (goal.Id, goal.Text, goal.Executor));
        Assert.Equal("Se redujo el tandeo en 17 colonias y se instalaron 5 garzas.", goal.Report);
        Assert.Equal(
            [("310.1", "Las vecinas piden que el tandeo tenga horarios fijos."), ("310.1", "Falta desagregar el avance por alcaldía.")],
            strategy.Feedback.Select(f => (f.Goal, f.Text)));
        Assert.Equal(
            ["SACMEX enviará el calendario de tandeo al Espacio.", "La SE circulará la minuta en cinco días hábiles."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2019-04-11", acta.NextSession?.Date);
    }
}
