using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Grids;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// One grid for the whole session whose columns are the executors: a strategy column merged down
/// over rubric rows (Meta, Indicador, Informe, Retroalimentación, Observaciones), a dash where a body
/// has no goal in that strategy.
/// </summary>
public sealed class ExecutorColumnGridTests
{
    private static int _block;

    private static Paragraph P(string text) => new(text, ParagraphRole.Body, new SourceLocation(1, _block++));

    /// <summary>A table; a cell written "^" continues the vertical merge from the row above.</summary>
    private static Table T(params string[][] rows)
    {
        var block = _block++;
        return new Table(
            rows.Select(r => new TableRow(r.Select((c, i) => c == "^" ? new TableCell(i, 1, [], ContinuesAbove: true) : new TableCell(i, 1, c.Length == 0 ? [] : c.Split('\n'))).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("grid.docx", "docx", new string('0', 64), 1, blocks, []));

    private static readonly string[] Header = ["Estrategia", "Rubro", "SEDEMA", "SACMEX", "PAOT"];

    private static LayoutBlock[] Opening() =>
    [
        P("TERCERA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA"),
        P("Fecha: 14 de marzo de 2016"),
        P("Asistentes"),
        T(["Ana Ruiz Soto", "SACMEX", "Luis Pérez Gil", "SEDEMA"]),
    ];

    [Fact]
    public void Columns_that_are_executors_give_one_goal_per_column_under_each_strategy_band()
    {
        var acta = Extract([
            .. Opening(),
            T(
                Header,
                ["310. Garantizar el acceso al agua", "Meta", "310.2 Captar agua de lluvia.", "310.1 Reducir el tandeo.", "—"],
                ["^", "Indicador", "Sistemas instalados", "Colonias con tandeo", "—"],
                ["^", "Informe", "Se instalaron 40 sistemas.", "Pendiente", "—"],
                ["^", "Retroalimentación", "Se pide desagregar por alcaldía.\nBien documentado.", "Es necesario que SACMEX informe.", "—"],
                ["^", "Observaciones", "", "SACMEX refiere falta de recursos.", "—"],
                ["311. Proteger el suelo de conservación", "Meta", "—", "—", "311.1 Atender denuncias."],
                ["^", "Indicador", "—", "—", "Denuncias atendidas"],
                ["^", "Informe", "—", "—", "Sin información"],
                ["^", "Retroalimentación", "—", "—", "Se solicita el reporte."],
                ["^", "Observaciones", "—", "—", ""]),
            P("ACUERDOS"),
            P("SACMEX enviará su informe."),
        ]);

        Assert.Equal([310, 311], acta.Strategies.Select(s => s.Number));
        var first = acta.Strategies[0];
        Assert.Equal("Garantizar el acceso al agua", first.Title);
        Assert.Equal(["310.2", "310.1"], first.Goals.Select(g => g.Id)); // column order
        Assert.Equal(["SEDEMA", "SACMEX"], first.Goals.Select(g => g.Executor));
        Assert.Equal(["Sistemas instalados", "Colonias con tandeo"], first.Goals.Select(g => g.Indicator));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], first.Goals.Select(g => g.ReportStatus));
        Assert.Equal("40 sistemas", $"{Assert.Single(first.Figures).Value} {first.Figures[0].Unit}");
        Assert.Equal(
            [("310.2", "Se pide desagregar por alcaldía."), ("310.2", "Bien documentado."), ("310.1", "Es necesario que SACMEX informe."), ("310.1", "SACMEX refiere falta de recursos.")],
            first.Feedback.Select(f => (f.Goal, f.Text)));

        var second = Assert.Single(Assert.Single(acta.Strategies, s => s.Number == 311).Goals);
        Assert.Equal(("311.1", "PAOT", ReportStatus.NotReported), (second.Id, second.Executor, second.ReportStatus));
        Assert.Equal(2, acta.Attendance.Count); // the grid is not read as more attendance
    }

    [Fact]
    public void A_grid_continued_on_the_next_page_under_its_repeated_header_joins_the_cut_cell()
    {
        var acta = Extract([
            .. Opening(),
            T(
                Header,
                ["310. Garantizar el acceso al agua", "Meta", "310.1 Captar agua de lluvia.", "—", "—"],
                ["^", "Informe", "Se instalaron 40 sistemas de", "—", "—"]),
            P("1 Datos al 30 de abril."),
            T(
                Header,
                ["", "", "captación pluvial.", "", ""],
                ["", "Retroalimentac\nión", "Se pide desagregar por alcaldía.", "—", "—"]),
        ]);

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal("Se instalaron 40 sistemas de captación pluvial.", goal.Report);
        Assert.Equal("Se pide desagregar por alcaldía.", Assert.Single(acta.Strategies[0].Feedback).Text);
    }

    [Fact]
    public void A_header_whose_other_columns_are_field_labels_is_not_an_executor_grid()
    {
        var table = new Table(
            [new TableRow([new TableCell(0, 1, ["Estrategia"]), new TableCell(1, 1, ["Rubro"]), new TableCell(2, 1, ["Meta"]), new TableCell(3, 1, ["Informe"])])],
            4, true, new SourceLocation(1, 0));
        var rows = RowStream.Build(new LayoutDocument("g.docx", "docx", new string('0', 64), 1, [table], []));

        Assert.Null(ExecutorColumnGrid.TryRead(rows));
    }
}
