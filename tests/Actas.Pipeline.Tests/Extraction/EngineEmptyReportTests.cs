using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A reporting engine prints an empty detail field as "SIN REGISTRO" (blind batch K, K5): the goal was not reported.</summary>
public sealed class EngineEmptyReportTests
{
    [Fact]
    public void A_report_field_that_says_no_record_is_a_goal_not_reported()
    {
        var acta = Extract(
            P("MINUTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL TRABAJO"),
            P("Fecha: 3 de julio de 2014"),
            P("Estrategia 702. Mejorar las condiciones de trabajo nocturno"),
            P("Meta 702.1: Inspeccionar los centros de trabajo nocturnos."),
            P("Informe: Se realizaron 35 inspecciones."),
            P("Meta 702.2: Capacitar a las personas empleadoras."),
            P("Informe: SIN REGISTRO"));

        var goals = acta.Strategies.SelectMany(s => s.Goals).ToList();
        Assert.Equal(
            [("702.1", ReportStatus.Reported), ("702.2", ReportStatus.NotReported)],
            goals.Select(g => (g.Id, g.ReportStatus)));
        Assert.Null(goals[1].Report);
    }
}
