using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes that keep the 2009 programme's structure (Capítulo → Objetivo específico → Línea de acción, with its Meta and
/// Indicador): the línea de acción is the unit whose goals are followed, read as a strategy, whether it heads a matrix with a
/// column per goal or opens a block of labelled paragraphs.
/// </summary>
public sealed class ActionLineStrategiesTests
{
    [Fact]
    public void A_matrix_headed_by_its_linea_de_accion_under_a_follow_up_heading_is_a_strategy_with_a_goal_per_column()
    {
        var acta = Extract(
            P("Minuta de la segunda sesión ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
            P("Fecha: 9 de septiembre de 2012"),
            P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
            P("Mtra. Irene Solís Pardo, Instituto de Vivienda del Distrito Federal"),
            P("SEGUIMIENTO A LAS LÍNEAS DE ACCIÓN", ParagraphRole.Heading),
            P("Capítulo 14. Derecho a una vivienda adecuada"),
            P("Objetivo específico 14.2. Mejorar las viviendas en riesgo"),
            new Table(
            [
                new TableRow([new TableCell(0, 1, ["Línea de acción"]), new TableCell(1, 2, ["402. Reforzar los inmuebles dañados en zonas de riesgo"])]),
                new TableRow([new TableCell(0, 1, ["Meta"]), new TableCell(1, 1, ["Meta 402.1: Dictaminar los edificios multifamiliares"]),
                    new TableCell(2, 1, ["Meta 402.2: Reforzar los edificios dictaminados"])]),
                new TableRow([new TableCell(0, 1, ["Ente responsable"]), new TableCell(1, 1, ["Instituto de Vivienda"]), new TableCell(2, 1, ["Secretaría de Obras"])]),
                new TableRow([new TableCell(0, 1, ["Avance reportado"]), new TableCell(1, 1, ["Se dictaminaron 27 edificios."]), new TableCell(2, 1, ["Sin reporte."])]),
                new TableRow([new TableCell(0, 1, ["Comentarios de la Secretaría Ejecutiva"]), new TableCell(1, 1, ["Falta desagregar los dictámenes por colonia."]),
                    new TableCell(2, 1, ["—"])]),
            ], 3, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("PRIMERO.- El Instituto de Vivienda enviará el padrón de edificios."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(402, strategy.Number);
        Assert.Equal(["402.1", "402.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Se dictaminaron 27 edificios.", null], strategy.Goals.Select(g => g.Report));
        Assert.Equal("Falta desagregar los dictámenes por colonia.", Assert.Single(strategy.Feedback).Text);
        Assert.DoesNotContain(acta.Attendance, a => a.Name.Contains("Meta", StringComparison.Ordinal) || a.Name.Contains("Línea", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_naming_a_linea_de_accion_opens_a_strategy_block()
    {
        var acta = Extract(
            P("Minuta de la quinta sesión ordinaria del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            P("Fecha: 3 de octubre de 2011"),
            P("Línea de acción 233. Ampliar la atención primaria en los centros de salud"),
            P("Meta 233.1: Abrir consultorios vespertinos."),
            P("Informe: Se abrieron 9 consultorios."),
            P("Línea de acción 240. Garantizar el abasto de medicamentos"),
            P("Meta 240.1: Surtir las recetas completas."),
            P("Informe: No reportó."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría de Salud enviará el inventario de medicamentos."));

        Assert.Equal([233, 240], acta.Strategies.Select(s => s.Number));
        Assert.Equal("Ampliar la atención primaria en los centros de salud", acta.Strategies[0].Title);
        Assert.Equal("Se abrieron 9 consultorios.", acta.Strategies[0].Goals.Single().Report);
    }
}
