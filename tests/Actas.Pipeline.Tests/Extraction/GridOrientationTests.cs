using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Strategy tables laid out as other Secretarías Técnicas lay them out: labels across the first
/// row (one goal per row), a label column with one column per goal, markup typed into cells.
/// Documents are built as the layout model every reader produces, so the rules are tested apart
/// from any one format.
/// </summary>
public sealed class GridOrientationTests
{
    private static int _block;

    private static Paragraph P(string text) => new(text, ParagraphRole.Body, new SourceLocation(1, _block++));

    private static Table T(params string[][] rows)
    {
        var block = _block++;
        return new Table(
            rows.Select(r => new TableRow(r.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : [c])).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("grid.docx", "docx", new string('0', 64), 1, blocks, []));

    private static LayoutBlock[] Opening() =>
    [
        P("ACTA DE LA DÉCIMA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DERECHO AL AGUA"),
        P("Fecha: 14 de marzo de 2016"),
        P("ASISTENCIA"),
        T(["Nombre", "Institución"], ["Ana Ruiz Soto", "SACMEX"]),
    ];

    [Fact]
    public void Labels_across_the_first_row_give_one_goal_per_row_and_a_strategy_per_value_of_its_column()
    {
        var acta = Extract([
            .. Opening(),
            P("SEGUIMIENTO DE ESTRATEGIAS"),
            T(
                ["Estrategia", "Meta", "Instancia responsable", "Avance reportado", "Comentarios del Espacio"],
                ["371", "371.1 Ampliar la red de agua potable.", "SACMEX", "Se instalaron 12 tomas comunitarias.", "Se pide desagregar por colonia."],
                ["", "371.2 Dar mantenimiento a pozos.", "SACMEX", "Sin reporte", ""],
                ["372", "372.1 Campañas de cuidado del agua.", "SEDEMA", "Pendiente", "Es necesario que SEDEMA inicie la campaña."]),
            P("ACUERDOS"),
            P("Se enviará el informe corregido."),
        ]);

        Assert.Equal([371, 372], acta.Strategies.Select(s => s.Number));
        var first = acta.Strategies[0];
        Assert.Equal(["371.1", "371.2"], first.Goals.Select(g => g.Id));
        Assert.Equal("Ampliar la red de agua potable.", first.Goals[0].Text);
        Assert.Equal("SACMEX", first.Goals[0].Executor);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], first.Goals.Select(g => g.ReportStatus));
        Assert.Equal(ReportStatus.Partial, first.ReportStatus);
        Assert.Equal("12 tomas", $"{Assert.Single(first.Figures).Value} {first.Figures[0].Unit}");
        Assert.Equal(("371.1", "Se pide desagregar por colonia."), (first.Feedback[0].Goal, Assert.Single(first.Feedback).Text));

        var second = acta.Strategies[1];
        Assert.Equal(ReportStatus.NotReported, Assert.Single(second.Goals).ReportStatus);
        Assert.Equal("372.1", Assert.Single(second.Feedback).Goal);
    }

    [Theory]
    [InlineData("Descripción")]
    [InlineData("Descripción de la meta")]
    public void A_meta_column_of_ids_beside_a_description_column_gives_one_goal_per_row(string description)
    {
        var acta = Extract([
            .. Opening(),
            P("REVISIÓN DE ESTRATEGIAS"),
            T(
                ["Estrategia 371. Garantizar el acceso al agua potable"],
                ["Meta", description, "Indicador", "Instancia ejecutora", "Informe", "Estatus"],
                ["371.1", "Ampliar la red de agua potable.", "Tomas instaladas", "SACMEX", "Se instalaron 12 tomas comunitarias.", "Reportado"],
                ["371.2", "Dar mantenimiento a pozos.", "Pozos atendidos", "SEDEMA", "", "Sin reporte"]),
            P("ACUERDOS"),
            P("Se enviará el informe corregido."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(371, strategy.Number);
        Assert.Equal([("371.1", "Ampliar la red de agua potable.", "SACMEX"), ("371.2", "Dar mantenimiento a pozos.", "SEDEMA")],
            strategy.Goals.Select(g => (g.Id, g.Text, g.Executor)));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("12 tomas", $"{Assert.Single(strategy.Figures).Value} {strategy.Figures[0].Unit}");
    }

    [Fact]
    public void A_description_column_without_a_meta_column_is_no_goal_grid()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 371. Garantizar el acceso al agua."),
            P("Meta 371.1 Ampliar la red."),
            P("Informe: Se instalaron 12 tomas."),
            P("ACUERDOS"),
            T(["No.", "Descripción", "Responsable"], ["1", "SACMEX enviará el padrón de tomas.", "SACMEX"]),
        ]);

        Assert.Equal(["371.1"], acta.Strategies.SelectMany(s => s.Goals).Select(g => g.Id));
        Assert.Equal(["SACMEX enviará el padrón de tomas."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_label_column_with_one_column_per_goal_keeps_each_goal_apart()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 371. Garantizar el acceso al agua."),
            T(
                ["Meta", "371.1 Ampliar la red.", "371.2 Dar mantenimiento a pozos."],
                ["Indicador", "Tomas instaladas.", "Pozos atendidos."],
                ["Responsable", "SACMEX", "SACMEX"],
                ["Informe", "Se instalaron 12 tomas.", "—"],
                ["Retroalimentación", "Bien documentado.", "Es necesario que se informe el número de pozos."]),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["371.1", "371.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Tomas instaladas.", "Pozos atendidos."], strategy.Goals.Select(g => g.Indicator));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(["371.1", "371.2"], strategy.Feedback.Select(f => f.Goal));
    }

    [Fact]
    public void Markup_typed_into_cells_is_structure_never_content()
    {
        var acta = Extract([
            .. Opening(),
            P("<p><b>Estrategia 371.</b> Garantizar el acceso al agua.</p>"),
            T(
                ["Meta 371.1 Ampliar&nbsp;la red."],
                ["INFORME"],
                ["<p>Se instalaron 12 tomas &amp; 3 cisternas.</p>"],
                ["Retroalimentación"],
                ["<p>Se pide desagregar por colonia.</p><p>Además, falta el presupuesto.</p>"]),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(371, strategy.Number);
        Assert.Equal("Ampliar la red.", strategy.Goals[0].Text);
        Assert.Equal("Se instalaron 12 tomas & 3 cisternas.", strategy.Goals[0].Report);
        Assert.Equal(["Se pide desagregar por colonia.", "Además, falta el presupuesto."], strategy.Feedback.Select(f => f.Text));
    }

    [Theory]
    [InlineData("No reportó", true)]
    [InlineData("Sin reporte.", true)]
    [InlineData("No se presentó información en el periodo", true)]
    [InlineData("Pendiente", true)]
    [InlineData("—", true)]
    [InlineData("N/A", true)]
    [InlineData("N/R", true)]
    [InlineData("S/I", true)]
    [InlineData("NR.", true)]
    [InlineData("No reportó la meta 2, pero realizó 12 talleres con 300 personas.", false)]
    [InlineData("No se presentaron denuncias; se realizaron 4 operativos.", false)]
    [InlineData("Se capacitó a 40 personas.", false)]
    public void Any_way_of_saying_nothing_was_reported(string report, bool notReported) =>
        Assert.Equal(notReported, StrategyInterpreter.SaysNotReported(report));
}
