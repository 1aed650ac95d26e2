using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Reports told by reporting body, not by goal: the goals listed in a table with no report column, then one block per body
/// ("Reporte del Instituto…" ¶ "Meta 402.1: …" ¶ "Meta 405.1: …"), a block holding goals of two strategies, a goal's report
/// in another body's block. Each goal takes the paragraph that names it, wherever it stands.
/// </summary>
public sealed class BodyReportBlocksTests
{
    [Fact]
    public void Each_goal_takes_the_report_paragraph_naming_it_in_whatever_bodys_block()
    {
        var acta = Extract(
            P("Minuta de la cuarta sesión ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 12 de agosto de 2019"),
            P("2. Metas revisadas", ParagraphRole.Heading),
            T(["Meta", "Descripción", "Indicador", "Responsable"],
              ["Estrategia 402. Ampliar el abasto de agua en colonias con tandeo", "", "", ""],
              ["402.1", "Instalar cisternas comunitarias", "Cisternas instaladas", "Sistema de Aguas de la Ciudad de México"],
              ["402.2", "Repartir agua en pipas gratuitas", "Viajes de pipa", "Alcaldía Tlalpan"],
              ["Estrategia 405. Reducir las fugas de la red secundaria", "", "", ""],
              ["405.1", "Reparar fugas reportadas en 48 horas", "Fugas reparadas", "Sistema de Aguas de la Ciudad de México"]),
            P("3. Reportes de las dependencias", ParagraphRole.Heading),
            P("Las dependencias leyeron sus reportes en el orden siguiente."),
            P("Reporte del Sistema de Aguas de la Ciudad de México"),
            P("Meta 402.1: Se instalaron 14 cisternas en la colonia Lomas de Padierna."),
            P("Meta 405.1: Se repararon 230 fugas en promedio de 36 horas."),
            P("Reporte de la Alcaldía Tlalpan"),
            P("Meta 402.2: La alcaldía no entregó reporte."),
            P("4. Comentarios", ParagraphRole.Heading),
            P("Retroalimentación de la Secretaría Ejecutiva: Se pide desagregar las fugas por colonia."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El Sistema de Aguas enviará el mapa de cisternas."));

        Assert.Equal([402, 405], acta.Strategies.Select(s => s.Number));
        var first = acta.Strategies[0];
        Assert.Equal(["402.1", "402.2"], first.Goals.Select(g => g.Id));
        Assert.Equal("Se instalaron 14 cisternas en la colonia Lomas de Padierna.", first.Goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, first.Goals[1].ReportStatus);
        Assert.Equal(ReportStatus.Partial, first.ReportStatus);
        var second = Assert.Single(acta.Strategies[1].Goals);
        Assert.Equal("405.1", second.Id);
        Assert.Equal("Se repararon 230 fugas en promedio de 36 horas.", second.Report);
        Assert.Equal("Reparar fugas reportadas en 48 horas", second.Text);
    }

    [Fact]
    public void A_later_table_of_reports_by_goal_id_gives_the_listed_goals_their_reports()
    {
        var acta = Extract(
            P("Minuta de la cuarta sesión ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 12 de agosto de 2019"),
            T(["Meta", "Descripción", "Indicador", "Responsable"],
              ["Estrategia 402. Ampliar el abasto de agua en colonias con tandeo", "", "", ""],
              ["402.1", "Instalar cisternas comunitarias", "Cisternas instaladas", "Sistema de Aguas de la Ciudad de México"],
              ["402.2", "Repartir agua en pipas gratuitas", "Viajes de pipa", "Alcaldía Tlalpan"]),
            P("3. Reportes recibidos", ParagraphRole.Heading),
            P("La Secretaría Técnica compartió la tabla de reportes recibidos:"),
            T(["", "A", "B", "C"],
              ["1", "Meta", "Avance reportado", "Estado"],
              ["2", "402.1", "Se instalaron 14 cisternas en Lomas de Padierna.", "Entregado"],
              ["3", "402.2", "Sin reporte", "Pendiente"]),
            P("Fuente: hoja de cálculo de seguimiento."),
            P("Retroalimentación de la Secretaría Ejecutiva: Se pide el mapa de las cisternas."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El Sistema de Aguas enviará el mapa de cisternas."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["402.1", "402.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Se instalaron 14 cisternas en Lomas de Padierna.", strategy.Goals[0].Report);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
    }

    [Fact]
    public void A_goal_paragraph_under_no_bodys_report_heading_is_no_report()
    {
        var acta = Extract(
            P("Minuta de la cuarta sesión ordinaria del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 12 de agosto de 2019"),
            T(["Meta", "Descripción", "Indicador", "Responsable", "Informe"],
              ["Estrategia 402. Ampliar el abasto de agua en colonias con tandeo", "", "", "", ""],
              ["402.1", "Instalar cisternas comunitarias", "Cisternas instaladas", "Sistema de Aguas de la Ciudad de México", "Se instalaron 14 cisternas."]),
            P("Retroalimentación", ParagraphRole.Heading),
            P("Meta 402.1: Se pide desagregar las cisternas por colonia."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El Sistema de Aguas enviará el mapa de cisternas."));

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal("Se instalaron 14 cisternas.", goal.Report);
    }
}
