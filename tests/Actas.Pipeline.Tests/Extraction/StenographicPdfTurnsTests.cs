using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A stenographic version printed to PDF: the goal card projected on screen can come out as one paragraph ("Meta … Indicador:
/// … Instancia ejecutora: …"), and a justified turn's first line can come out on its own, its wide gap read as a tab, with the
/// rest of the turn in the paragraph below. The executor's turn is still the goal's report.
/// </summary>
public sealed class StenographicPdfTurnsTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("VERSIÓN ESTENOGRÁFICA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Ciudad de México, martes 9 de abril de 2019"),
        P("LA C. MODERADORA, LIC. ROSA ELENA VIDAL SOTO.- Buenas tardes. Revisamos la estrategia 410."),
        P("Estrategia 410. Garantizar el abasto de agua potable en las colonias sin red"),
    ];

    private static readonly LayoutBlock[] Closing =
    [
        P("ACUERDOS", ParagraphRole.Heading),
        P("I. El Sistema de Aguas enviará el listado de colonias atendidas."),
    ];

    [Fact]
    public void The_executor_named_at_the_end_of_a_goal_card_run_into_one_paragraph_gives_the_report()
    {
        var strategy = Assert.Single(ExtractPdf(
        [
            .. Opening,
            P("Meta 410.1. Se instalan tanques comunitarios en las colonias sin red. Indicador: Número de tanques instalados. Instancia ejecutora: SACMEX"),
            P("LA C. MODERADORA, LIC. ROSA ELENA VIDAL SOTO.- Tiene la palabra el SACMEX."),
            P("EL C. ING. MARIO LUNA PÉREZ, SACMEX.- En el trimestre se colocaron 45 tanques de cinco mil litros."),
            P("LA C. SOFÍA RAMOS GIL, RED CIUDADANA POR EL AGUA.- Falta saber cuántas familias reciben el agua."),
            .. Closing,
        ]).Strategies);

        var goal = Assert.Single(strategy.Goals);
        Assert.Equal(ReportStatus.Reported, goal.ReportStatus);
        Assert.Equal("En el trimestre se colocaron 45 tanques de cinco mil litros.", goal.Report);
        Assert.Equal([FeedbackSection.Retroalimentacion], strategy.Feedback.Select(f => f.Section));
    }

    [Fact]
    public void A_turn_cut_after_its_first_line_goes_on_in_the_paragraph_below()
    {
        var strategy = Assert.Single(ExtractPdf(
        [
            .. Opening,
            P("Meta 410.1. Se instalan tanques comunitarios en las colonias sin red."),
            P("Indicador: Número de tanques instalados."),
            P("Instancia ejecutora: SACMEX"),
            P("LA C. MODERADORA, LIC. ROSA ELENA VIDAL SOTO.-\tAdelante,"),
            P("ingeniero."),
            P("EL C. ING. MARIO LUNA PÉREZ, SACMEX.-\tEn el trimestre se colocaron 45"),
            P("tanques de cinco mil litros en Tláhuac y Milpa Alta."),
            P("LA C. SOFÍA RAMOS GIL, RED CIUDADANA POR EL AGUA.-\tFalta saber"),
            P("cuántas familias reciben el agua."),
            .. Closing,
        ]).Strategies);

        var goal = Assert.Single(strategy.Goals);
        Assert.Equal("SACMEX", goal.Executor);
        Assert.Equal(ReportStatus.Reported, goal.ReportStatus);
        Assert.Equal("En el trimestre se colocaron 45 tanques de cinco mil litros en Tláhuac y Milpa Alta.", goal.Report);
        Assert.Equal([45m, 5000m], strategy.Figures.Select(f => f.Value));
        Assert.Equal(["Falta saber cuántas familias reciben el agua."], strategy.Feedback.Select(f => f.Text));
    }
}
