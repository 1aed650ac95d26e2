using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>"N/D = No disponible." under a table's remarks: the table's legend, no remark.</summary>
public sealed class TableLegendRemarkTests
{
    [Fact]
    public void A_tables_legend_under_the_remarks_is_no_remark()
    {
        var acta = Extract(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN SOBRE AGRICULTURA URBANA", ParagraphRole.Heading),
            P("Fecha: 14 de mayo de 2019"),
            P("Estrategia 512. Fomentar los huertos urbanos", ParagraphRole.Heading),
            T(["Meta", "512.1 Entregar paquetes de semillas"],
              ["Informe", "Se entregaron 340 paquetes."],
              ["Observaciones", "Falta el padrón de huertos.\nN/D = No disponible. Corte de los informes: 10/05/2019."]),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La SEDEREC informará el calendario de entregas."));

        Assert.Equal(["Falta el padrón de huertos."], acta.Strategies.Single().Feedback.Select(f => f.Text));
    }
}
