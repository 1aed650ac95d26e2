using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The report status where the acta states it: a status column ("¿Reportó?", "Estatus") in a one-goal-per-row
/// grid, check boxes beside or after their option, a status label in a ficha. The status stated wins over what
/// the report text alone would suggest.
/// </summary>
public sealed class ReportStatusTests
{
    private static int _block;

    private static Paragraph P(string text) => new(text, ParagraphRole.Body, new SourceLocation(1, _block++));

    private static Table T(params string[][] rows)
    {
        var block = _block++;
        return new Table(
            rows.Select(r => new TableRow(r.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : c.Split('¶'))).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("status.docx", "docx", new string('0', 64), 1, blocks, []));

    private static LayoutBlock[] Opening() =>
    [
        P("ACTA DE LA SÉPTIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DERECHO A LA SALUD"),
        P("Fecha: 14 de noviembre de 2019"),
        P("ASISTENCIA"),
        T(["Nombre", "Institución"], ["Ana Ruiz Soto", "SEDESA"]),
        P("SEGUIMIENTO DE ESTRATEGIAS"),
    ];

    [Theory]
    [InlineData("Sí", ReportStatus.Reported)]
    [InlineData("No", ReportStatus.NotReported)]
    [InlineData("Reportado", ReportStatus.Reported)]
    [InlineData("Pendiente", ReportStatus.NotReported)]
    [InlineData("Sin reporte", ReportStatus.NotReported)]
    [InlineData("N/R", ReportStatus.NotReported)]
    [InlineData("SIN INFORME", ReportStatus.NotReported)]
    [InlineData("CON INFORME", ReportStatus.Reported)]
    [InlineData("No remitió información", ReportStatus.NotReported)]
    [InlineData("Parcial", ReportStatus.Reported)]
    [InlineData("☒ Reportó ☐ No reportó ☐ Parcial", ReportStatus.Reported)]
    [InlineData("☐ Reportó ☒ No reportó ☐ Parcial", ReportStatus.NotReported)]
    [InlineData("☐ Reportó ☐ No reportó ☒ Parcial", ReportStatus.Reported)]
    [InlineData("SÍ ( X )   NO (   )", ReportStatus.Reported)]
    [InlineData("Sí (   ) No ( x )", ReportStatus.NotReported)]
    [InlineData("[ ] Entregado [X] Pendiente", ReportStatus.NotReported)]
    [InlineData("✔ Con informe □ Sin informe", ReportStatus.Reported)]
    [InlineData("¿PRESENTÓ INFORME? …… SÍ (   ) NO ( X )", ReportStatus.NotReported)]
    public void A_status_value_is_read_in_words_or_by_its_checked_option(string value, ReportStatus expected) =>
        Assert.Equal(expected, ReportStatusReader.Read(value));

    [Theory]
    [InlineData("☐ Reportó ☐ No reportó")]
    [InlineData("Se revisará en la próxima sesión")]
    [InlineData("")]
    public void A_status_that_says_nothing_readable_is_null(string value) => Assert.Null(ReportStatusReader.Read(value));

    [Fact]
    public void A_status_column_makes_the_header_a_goal_per_row_grid_and_decides_each_goal()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 402. Fortalecer la atención médica."),
            T(
                ["Meta", "Instancia ejecutora", "¿Reportó?", "Informe"],
                ["402.1 Se opera un protocolo.¶Indicador: Casos atendidos.", "SEDESA", "Sí", "Se atendieron 318 casos."],
                ["402.2 Se realizan campañas.", "SEDESA", "No", ""],
                ["402.3 Se instalan comités.", "SEDESA", "No", "La instancia envió un oficio sin datos."],
                ["Retroalimentación", "Es necesario informar cuántos comités sesionan."]),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["402.1", "402.2", "402.3"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Null(strategy.Goals[2].Report);
        Assert.Equal("318 casos", $"{Assert.Single(strategy.Figures).Value} {strategy.Figures[0].Unit}");
        Assert.Equal("Es necesario informar cuántos comités sesionan.", Assert.Single(strategy.Feedback).Text);
    }

    [Fact]
    public void A_status_column_of_check_boxes_after_the_report_is_read_the_same_way()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 190. Fortalecer la defensoría pública."),
            T(
                ["Meta e indicador", "Responsable", "Informe", "Estado del reporte"],
                ["190.1¶Se capacita al personal.", "CEJUR", "Se capacitó a 85 personas.", "☒ Reportó¶☐ No reportó¶☐ Parcial"],
                ["190.2¶Se brinda asesoría.", "TSJCDMX", "Se contrató a 3 intérpretes.", "☐ Reportó¶☐ No reportó¶☒ Parcial"],
                ["190.3¶Se publica un informe anual.", "CEJUR", "Sin información", "☐ Reportó¶☒ No reportó¶☐ Parcial"]),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["190.1", "190.2", "190.3"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
    }

    [Fact]
    public void A_label_naming_its_goal_gives_its_feedback_to_that_goal_and_opens_no_goal()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 301. Prevenir la violencia escolar."),
            T(
                ["Meta / Indicador", "Instancia ejecutora", "Estatus", "Informe"],
                ["301.1 Se opera un protocolo.", "SEDU", "Reportado", "Se capacitó a 1,254 docentes."],
                ["Retroalimentación 301.1", "Es necesario informar cuántos casos fueron canalizados."],
                ["301.2 Se brinda atención psicológica.", "DIF-CDMX", "Pendiente", "Sin información"],
                ["Observaciones (meta 301.1):", "El DIF-CDMX aclara que el protocolo es de la SEDU."]),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["301.1", "301.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(["301.1", "301.1"], strategy.Feedback.Select(f => f.Goal));
    }
}
