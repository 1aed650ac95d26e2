using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A table of remarks headed as a reporting engine heads it, "Meta | Texto | Tipo | Emitió": the plain "Texto" column holds
/// the remark and "Emitió" who made it, so the table is read as remarks, and its "Meta" header opens no goals.
/// </summary>
public sealed class RemarkTableWordingTests
{
    [Fact]
    public void A_remarks_table_with_texto_and_emitio_columns_is_read_as_remarks()
    {
        var acta = Extract(
            P("ACTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 2 de octubre de 2014"),
            P("SEGUIMIENTO DE ESTRATEGIAS", ParagraphRole.Heading),
            P("Estrategia 603. Asegurar el abasto de agua potable en colonias sin red."),
            T(["Meta", "603.1"], ["Descripción", "Distribuir agua en pipas a las colonias sin red."], ["Informe", "Se entregaron 1,200 viajes de pipa."]),
            T(["Meta", "Texto", "Tipo", "Emitió"],
              ["603.1", "Falta indicar a cuántas familias llegaron los viajes.", "Retroalimentación", "SE"],
              ["603.1", "En mi colonia la pipa llega cada dos semanas.", "Observación", "Rosa Téllez Mora"]),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El Sistema de Aguas enviará el calendario de pipas."));

        var strategy = Assert.Single(acta.Strategies);
        var goal = Assert.Single(strategy.Goals);
        Assert.Equal(("603.1", ReportStatus.Reported), (goal.Id, goal.ReportStatus));
        Assert.Equal(
            ["Falta indicar a cuántas familias llegaron los viajes.", "En mi colonia la pipa llega cada dos semanas."],
            strategy.Feedback.Select(f => f.Text));
    }
}
