using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Nested tables printed to PDF: their cells land in columns of their own beside the outer cell (people right of their
/// header's column, a goal's label | value rows right of "Meta NNN.k"), a narrow cell wraps a label's last letters
/// ("Retroalimentació n"), and the goal table goes on after a footnote at the foot of the page.
/// </summary>
public sealed class NestedTablesInPdfTests
{
    private static TableRow R(params string[] cells) => new(cells.Select((c, i) => new TableCell(i, 1, [c])).ToList());

    private static Acta Read() => Extract(
        P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: 2 de marzo de 2021"),
        P("ASISTENCIA", ParagraphRole.Heading),
        new Table(
        [
            R("Dependencia", "Asistentes"),
            R("Instancias ejecutoras"),
            R("Sistema de Aguas de la Ciudad de México", "", "Rocío Villaseñor Páez", "Subdirectora", ""),
            new TableRow([new TableCell(2, 1, ["Tomás Ugalde Ríos"]), new TableCell(3, 1, ["Enlace"])]),
            R("Sociedad civil"),
            R("Red Ciudadana por el Agua", "", "Gerardo Nieto Lara", "Vocero", ""),
        ], 5, true, At()),
        P("SEGUIMIENTO", ParagraphRole.Heading),
        new Table(
        [
            R("Estrategia 118. Asegurar el suministro de agua potable"),
            R("Meta 118.1", "", "Meta", "Se instalan tanques comunitarios.", ""),
            new TableRow([new TableCell(2, 1, ["Informe"]), new TableCell(3, 1, ["Se colocaron 37 tanques."])]),
            new TableRow([new TableCell(2, 1, ["Retroalimentació n"]), new TableCell(3, 1, ["Falta desagregar los tanques por alcaldía."])]),
        ], 5, true, At(1)),
        P("1"),
        P("Cifras con corte al 31 de enero."),
        new Table(
        [
            R("", "", "", "Se pide el calendario de llenado.", ""),
            R("Meta 118.2", "", "Meta", "Se publica el calendario de tandeo.", ""),
            new TableRow([new TableCell(2, 1, ["Informe"]), new TableCell(3, 1, ["—"])]),
        ], 5, true, At(2)),
        P("ACUERDOS", ParagraphRole.Heading),
        P("El SACMEX enviará el calendario de tandeo."));

    [Fact]
    public void People_printed_right_of_their_header_column_are_read_with_the_body_beside_or_above_them()
    {
        var acta = Read();

        Assert.Equal(["Rocío Villaseñor Páez", "Tomás Ugalde Ríos", "Gerardo Nieto Lara"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["Sistema de Aguas de la Ciudad de México", "Sistema de Aguas de la Ciudad de México", "Red Ciudadana por el Agua"], acta.Attendance.Select(a => a.Institution));
    }

    [Fact]
    public void A_goal_heading_beside_its_label_value_columns_opens_the_goal_and_the_table_goes_on_after_a_footnote()
    {
        var strategy = Assert.Single(Read().Strategies);

        Assert.Equal(["118.1", "118.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Se instalan tanques comunitarios.", "Se publica el calendario de tandeo."], strategy.Goals.Select(g => g.Text));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(["Falta desagregar los tanques por alcaldía.", "Se pide el calendario de llenado."], strategy.Feedback.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Retroalimentació n", StrategyField.Feedback)]
    [InlineData("Observacio nes:", StrategyField.Observation)]
    public void A_label_whose_last_letters_wrapped_to_a_line_of_their_own_is_read_whole(string text, StrategyField field) =>
        Assert.Equal(field, StrategyLabels.Read(text)?.Field);

    [Fact]
    public void Two_words_are_not_glued_into_a_label() => Assert.Null(StrategyLabels.Read("Información de"));
}

/// <summary>A strategy's cell beside its nested goal grid, printed to PDF: the strategy cell and the grid's header share one row.</summary>
public sealed class StrategyBesideGridHeaderTests
{
    private static TableRow R(int from, params string[] cells) => new(cells.Select((c, i) => new TableCell(from + i, 1, c.Split('¶'))).ToList());

    [Fact]
    public void The_strategy_cell_opens_the_block_and_the_cells_beside_it_are_the_goal_grids_header()
    {
        var acta = Extract(
            P("MINUTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA ALIMENTACIÓN", ParagraphRole.Heading),
            P("Fecha: 10 de febrero de 2022"),
            P("SEGUIMIENTO", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([new TableCell(0, 1, ["Estrategia:", "150", "Ampliar los comedores comunitarios"]), new TableCell(2, 1, ["Meta"]),
                    new TableCell(3, 1, ["Instancia ejecutora"]), new TableCell(4, 1, ["Informe"]), new TableCell(5, 1, ["Retroalimentación"])]),
                R(2, "150.1 Se abren comedores en colonias de alta marginación.", "SIBISO", "Operan 48 comedores nuevos.", "Falta el número de raciones."),
                R(2, "150.2 Se capacita al personal de los comedores.", "SEDESA", "No se presentó informe.", "Se pide el programa de capacitación."),
            ], 6, true, At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("SIBISO enviará el padrón de comedores."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal((150, "Ampliar los comedores comunitarios"), (strategy.Number, strategy.Title));
        Assert.Equal(["150.1", "150.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(["SIBISO", "SEDESA"], strategy.Goals.Select(g => g.Executor));
        Assert.Equal(["Falta el número de raciones.", "Se pide el programa de capacitación."], strategy.Feedback.Select(f => f.Text));
    }
}
