using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A cover note with the session, its attendance and agreements, then one letter per institution that holds one
/// label | value table per goal, opened by an "ESTRATEGIA NNN | title" band and with no heading of its own (a Word
/// mail merge, blind batch R, R1).
/// </summary>
public sealed class MergedLetterTests
{
    private static LayoutBlock[] Note(params LayoutBlock[] after) =>
    [
        P("NOTA INFORMATIVA", ParagraphRole.Heading),
        P("Espacio de Participación: Derecho al Agua"),
        P("Sesión: Cuarta Sesión Ordinaria"),
        P("Fecha: martes 9 de abril de 2019"),
        P("Acuerdos", ParagraphRole.Heading),
        P("1.\tEl SACMEX enviará el padrón de pipas a más tardar el 30 de abril de 2019."),
        P("2.\tLa Quinta Sesión Ordinaria se celebrará el martes 14 de mayo de 2019."),
        .. after,
    ];

    [Fact]
    public void A_goal_table_opened_by_a_strategy_band_after_the_agreements_is_a_strategy()
    {
        var acta = Extract(Note(
            P("Ciudad de México, a 15 de abril de 2019"),
            P("Por este medio le hago llegar la retroalimentación del Espacio sobre la meta a cargo de su institución:"),
            T(
                ["ESTRATEGIA 402", "Garantizar el abasto de agua en las colonias sin red"],
                ["Meta", "402.1 Distribuir agua potable por pipa a las colonias sin red"],
                ["Instancia responsable", "Sistema de Aguas de la Ciudad de México"],
                ["Informe entregado", "Se distribuyeron 3,200 viajes de pipa en 14 colonias."],
                ["Retroalimentación de la Secretaría Ejecutiva", "Conviene desagregar los viajes por colonia."]),
            P("Atentamente")));

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal("402.1", goal.Id);
        Assert.Equal(ReportStatus.Reported, goal.ReportStatus);
        Assert.Equal("Se distribuyeron 3,200 viajes de pipa en 14 colonias.", goal.Report);
        Assert.Equal(2, acta.Agreements.Count);
    }

    [Fact]
    public void A_bold_heading_after_the_numbered_agreements_ends_them()
    {
        var acta = Extract(Note(
            P("Cartas enviadas", ParagraphRole.Heading),
            P("Se enviaron dos cartas a las instancias responsables de las metas revisadas."),
            P("Ciudad de México, a 15 de abril de 2019")));

        Assert.Equal(
            ["El SACMEX enviará el padrón de pipas a más tardar el 30 de abril de 2019.", "La Quinta Sesión Ordinaria se celebrará el martes 14 de mayo de 2019."],
            acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Sin reporte. La dependencia no remitió información de esta meta antes de la sesión.")]
    [InlineData("No reportó. El área responsable quedó de enviarlo para la siguiente reunión.")]
    public void A_no_report_status_then_its_reason_in_a_sentence_of_its_own_is_no_report(string report) =>
        Assert.True(StrategyInterpreter.SaysNotReported(report));

    [Fact]
    public void A_no_report_status_then_a_figure_is_a_report() =>
        Assert.False(StrategyInterpreter.SaysNotReported("Sin reporte. Se realizaron 12 talleres en el periodo."));
}
