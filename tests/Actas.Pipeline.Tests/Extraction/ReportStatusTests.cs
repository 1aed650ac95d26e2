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

    [Theory]
    [InlineData("Se recibió informe de las metas 251.1 (SSC) y 251.3 (C5); la meta 251.2, a cargo de la FGJCDMX, no fue reportada.",
        "251.1:Reported 251.3:Reported 251.2:NotReported")]
    [InlineData("Para la meta 112.2 no se recibió informe de la instancia.", "112.2:NotReported")]
    [InlineData("No remitieron información las metas 412.2 y 412.3. La SEDESA reportó la meta 412.1.", "412.2:NotReported 412.3:NotReported 412.1:Reported")]
    [InlineData("Las metas 300.1 y 300.2 se revisarán en la próxima sesión.", "")]
    [InlineData("Ninguna de las metas fue reportada: la 318.1 y la 318.2 corresponden al INVI.", "318.1:NotReported 318.2:NotReported")]
    public void A_sentence_gives_the_goals_it_names_the_status_it_states(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(' ', GoalStatusSentences.Read(sentence).Select(s => $"{s.GoalId}:{s.Status}")));

    [Fact]
    public void A_summary_sentence_names_an_unreported_goal_that_has_no_card_of_its_own()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 251. Prevenir la tortura."),
            P("La estrategia comprende tres metas. Se recibió informe de las metas 251.1 y 251.3; la meta 251.2, a cargo de la FGJCDMX, no fue reportada."),
            T(["251.1", "Las personas detenidas son presentadas ante el MP.¶Indicador: Porcentaje de detenciones.¶Informe de la SSC:¶Se registraron 9,412 detenciones."]),
            T(["Meta 251.3", "Los centros de mando registran el uso de la fuerza.¶Indicador — Número de reportes.¶Lo que se informó¶Se registraron 1,218 reportes."]),
        ]);

        // The summary sentence may name 251.2 before the cards or after them (a goal sentence that tells the report reads
        // where it stands): the goals are compared by id.
        var strategy = Assert.Single(acta.Strategies);
        var goals = strategy.Goals.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(["251.1", "251.2", "251.3"], goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported, ReportStatus.Reported], goals.Select(g => g.ReportStatus));
        Assert.Equal("Se registraron 9,412 detenciones.", goals[0].Report);
        Assert.Equal("Número de reportes.", goals[2].Indicator);
        Assert.Equal(["9412 detenciones", "1218 reportes"], strategy.Figures.Select(f => $"{f.Value} {f.Unit}"));
    }

    [Fact]
    public void A_card_whose_id_cell_carries_a_status_pill_reads_the_pill_as_the_status()
    {
        var acta = Extract([
            .. Opening(),
            P("ESTRATEGIA"),
            P("192 · Fortalecer los medios comunitarios"),
            T(["192.1¶CON INFORME", "Se otorgan apoyos a radios comunitarias.¶Responsable — SECULT¶Lo que se informó¶Se apoyó a 12 radios comunitarias."]),
            T(["192.2¶SIN INFORME", "El sistema público abre espacios.¶Responsable — Capital 21¶Comentarios¶Es necesario que Capital 21 reporte."]),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(192, strategy.Number);
        Assert.Equal(["192.1", "192.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("SECULT", strategy.Goals[0].Executor);
    }

    [Fact]
    public void A_nested_grid_beside_the_strategy_name_gives_one_goal_per_nested_row()
    {
        var acta = Extract([
            .. Opening(),
            T(
                ["Estrategia:¶142¶Ampliar la red de comedores", "Meta | Instancia ejecutora | Informe | Retroalimentación¶142.1 Se incrementa el número de comedores. | SIBISO | Operan 512 comedores comunitarios. | Bien documentado.¶142.2 Se capacita al personal. | SIBISO | No se presentó informe. | Es necesario que se informe."],
                ["Estrategia:¶145¶Promover la agricultura urbana", "Meta | Responsable | Avance reportado¶145.1 Se apoyan huertos urbanos. | SEDEREC | Se apoyaron 40 huertos."]),
        ]);

        Assert.Equal([142, 145], acta.Strategies.Select(s => s.Number));
        Assert.Equal(["142.1", "142.2"], acta.Strategies[0].Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], acta.Strategies[0].Goals.Select(g => g.ReportStatus));
        Assert.Equal("512 comedores", $"{Assert.Single(acta.Strategies[0].Figures).Value} {acta.Strategies[0].Figures[0].Unit}");
        Assert.Equal("145.1", Assert.Single(acta.Strategies[1].Goals).Id);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData(" ............")]
    public void A_typed_form_with_label_leaders_and_typed_check_boxes_is_read(string leader)
    {
        var acta = Extract([
            .. Opening(),
            P($"ESTRATEGIA{leader}231"),
            P($"TEMA{leader}Fortalecer la cultura comunitaria"),
            P($"META{leader}231.1"),
            P($"RESPONSABLE{leader}SECULT"),
            P($"¿PRESENTÓ INFORME?{leader}SÍ ( X )   NO (   )"),
            P("INFORME:"),
            P("Operaron 147 puntos de cultura comunitaria."),
            P("COMENTARIOS DE SOCIEDAD CIVIL E INSTANCIAS:"),
            P("El colectivo pide que los apoyos lleguen a tiempo."),
            P($"META{leader}231.2"),
            P($"RESPONSABLE{leader}Alcaldía Coyoacán"),
            P($"¿Entregó informe?{leader}Sí (   )   No ( x )"),
            P("INFORME: Se enviará en la próxima sesión."),
            P("ACUERDOS"),
            P("1) Se enviará el informe."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(231, strategy.Number);
        Assert.Equal(["231.1", "231.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("SECULT", strategy.Goals[0].Executor);
        Assert.Equal("147 puntos", $"{Assert.Single(strategy.Figures).Value} {strategy.Figures[0].Unit}");
        // A remark heading that names "instancias" is one label, not cut before "INSTANCIAS:" into an executor label.
        Assert.Equal(("231.1", "El colectivo pide que los apoyos lleguen a tiempo."), (Assert.Single(strategy.Feedback).Goal, strategy.Feedback[0].Text));
    }

    [Fact]
    public void A_form_delivery_box_states_the_status_over_the_report_text()
    {
        // One boxed form per goal, labels down its first column (blind batch Q, Q3): the ticked delivery box says the
        // goal was not reported even when the report field holds a sentence.
        var acta = Extract([
            .. Opening(),
            P("FICHA DE SEGUIMIENTO · META 520.1"),
            T(
                ["Estrategia", "520. Ampliar la red de comedores comunitarios."],
                ["Meta", "520.1 Abrir comedores en colonias de alta marginación."],
                ["Instancia responsable", "SIBISO"],
                ["Entrega del reporte", "☐ Entregado ☒ No entregado"],
                ["Avance reportado", "—¶La dependencia enviará sus datos la próxima semana."]),
        ]);

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal(ReportStatus.NotReported, goal.ReportStatus);
        Assert.Null(goal.Report);
    }

    [Fact]
    public void A_legend_of_status_codes_under_the_grid_is_no_part_of_the_last_goals_report()
    {
        var acta = Extract([
            .. Opening(),
            P("Estrategia 610. Garantizar el acceso a medicamentos."),
            T(
                ["Meta", "Indicador", "Responsable", "Avance informado", "Semáforo"],
                ["610.1 Surtir recetas completas.", "Porcentaje de recetas surtidas", "SEDESA", "Se surtieron 9,400 recetas.", "V"],
                ["610.2 Abrir farmacias comunitarias.", "Farmacias abiertas", "Alcaldía Tláhuac", "No se recibió avance este trimestre.", "R"],
                ["Semáforo: V = avance conforme a lo previsto; A = avance parcial; R = sin actualización o rezagada."]),
        ]);

        var goals = Assert.Single(acta.Strategies).Goals;
        Assert.Equal("Se surtieron 9,400 recetas.", goals[0].Report);
        Assert.Equal((ReportStatus.NotReported, (string?)null), (goals[1].ReportStatus, goals[1].Report));
    }

    [Theory]
    [InlineData("No recibido.")]
    [InlineData("No entregada")]
    [InlineData("Omiso.")]
    public void A_report_field_holding_only_a_not_reported_value_is_no_report(string report) =>
        Assert.True(StrategyInterpreter.SaysNotReported(report));
}
