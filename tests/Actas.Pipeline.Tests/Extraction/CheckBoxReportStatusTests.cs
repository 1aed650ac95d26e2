using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// One label | value table per goal whose report row holds check boxes for whether the body reported ("☒ Reportó ☐ No reportó",
/// blind batch AD, AD3), the report's text in a row of its own ("Descripción del avance"): the ticked box decides the status;
/// under "No reportó" the description is no report.
/// </summary>
public sealed class CheckBoxReportStatusTests
{
    private static Acta Minute() => Extract(
        P("Acta de la Cuarta Sesión Ordinaria del Espacio del Derecho a la Cultura", ParagraphRole.Heading),
        P("Fecha: 14 de abril de 2016"),
        P("Estrategia 377. Conservar los acervos fotográficos públicos"),
        T(["Meta 377.1", "Catalogar los negativos del archivo histórico"],
          ["Indicador", "Negativos catalogados"],
          ["Instancia responsable", "Secretaría de Cultura"],
          ["Informe", "☒ Reportó   ☐ No reportó"],
          ["Descripción del avance", "Se catalogaron 9,800 negativos de placas de vidrio."]),
        T(["Meta 377.2", "Restaurar las placas dañadas"],
          ["Indicador", "Placas restauradas"],
          ["Instancia responsable", "Secretaría de Cultura"],
          ["Informe", "☐ Reportó   ☒ No reportó"],
          ["Descripción del avance", "Se dijo que el taller de restauración se abrirá el próximo año."]));

    [Fact]
    public void The_ticked_box_decides_and_the_description_is_the_report()
    {
        var goals = Assert.Single(Minute().Strategies).Goals;

        Assert.Equal(ReportStatus.Reported, goals[0].ReportStatus);
        Assert.Equal("Se catalogaron 9,800 negativos de placas de vidrio.", goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, goals[1].ReportStatus);
        Assert.Null(goals[1].Report);
    }
}
