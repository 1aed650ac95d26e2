using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A statistical cross-tab a report points at ("ver tabla 2"): a header row naming what each column counts, a category per
/// row and a total row; each number counts what its column's header names, not the row's category.
/// </summary>
public sealed class CrossTabFiguresTests
{
    private static LayoutBlock[] Opening() =>
    [
        P("ACTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DERECHOS DE LAS MUJERES", ParagraphRole.Heading),
        P("Fecha: 9 de mayo de 2018"),
        P("SEGUIMIENTO DE ESTRATEGIAS", ParagraphRole.Heading),
    ];

    [Fact]
    public void Each_number_of_a_cross_tab_counts_what_its_column_header_names()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 512. Prevenir la violencia contra las mujeres en el espacio público."),
            P("Meta 512.1. Impartir talleres de autodefensa en las alcaldías."),
            P("Instancia ejecutora: Secretaría de las Mujeres"),
            P("Informe: La Secretaría reportó los talleres del trimestre por alcaldía (ver tabla 2)."),
            P("Tabla 2. Talleres y participantes por alcaldía, primer trimestre"),
            T(["Alcaldía", "Talleres", "Participantes"], ["Tlalpan", "6", "148"], ["Coyoacán", "4", "83"], ["Total", "10", "231"]),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría enviará el calendario de talleres."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [(6m, "talleres"), (148m, "participantes"), (4m, "talleres"), (83m, "participantes"), (10m, "talleres"), (231m, "participantes")],
            strategy.Figures.Select(f => (f.Value, f.Unit)));
        Assert.Equal("Coyoacán 4 83", strategy.Figures[2].Context);
    }

    [Theory]
    [InlineData("Programado", "Realizado")] // states of one count: the row's label says what is counted
    [InlineData("Enero", "Febrero")]
    [InlineData("2016", "2017")]
    [InlineData("Cantidad", "Porcentaje")]
    public void Headers_that_name_no_thing_counted_leave_the_row_to_its_label(string first, string second) =>
        Assert.Null(FigureExtractor.CrossTabRow(["Acción", first, second], ["Visitas de verificación", "40", "36"]));

    [Fact]
    public void A_unit_in_parentheses_in_the_header_is_the_unit() =>
        Assert.Equal(
            [(120000m, "pesos"), (12m, "apoyos entregados")],
            FigureExtractor.CrossTabRow(["Programa", "Monto (pesos)", "Apoyos entregados"], ["Becas", "120,000", "12"])!.Select(q => (q.Value, q.Unit)));
}
