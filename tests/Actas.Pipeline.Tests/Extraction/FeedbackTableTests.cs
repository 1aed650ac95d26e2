using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Feedback laid out as a table of remarks, one per row, with who spoke and the kind of remark in columns of their
/// own; remarks that name their speaker before the text.
/// </summary>
public sealed class FeedbackTableTests
{
    private static int _block;

    private static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, _block++));

    private static Table T(params string[][] rows)
    {
        var block = _block++;
        return new Table(
            rows.Select(r => new TableRow(r.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : [c])).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("remarks.docx", "docx", new string('0', 64), 1, blocks, []));

    private static LayoutBlock[] Opening() =>
    [
        P("ACTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA"),
        P("Fecha: 14 de marzo de 2016"),
        P("ASISTENCIA"),
        T(["Nombre", "Institución", "Observaciones"], ["Ana Ruiz Soto", "SACMEX", ""], ["Luis Mora Gil", "Agua para Todos, A.C.", "Llegó tarde"]),
        P("SEGUIMIENTO DE ESTRATEGIAS"),
        P("Estrategia 371. Ampliar la red de agua potable"),
        T(["Meta", "Instancia ejecutora", "Informe"],
          ["371.1 Se instalan tomas comunitarias.", "SACMEX", "Se instalaron 12 tomas comunitarias."],
          ["371.2 Se da mantenimiento a pozos.", "SACMEX", "Sin reporte"]),
    ];

    [Theory]
    [InlineData("Comentarios del Espacio – Estrategia 371")]
    [InlineData("Retroalimentación de la estrategia 371")]
    [InlineData("Observaciones: Meta 371.2")]
    public void A_feedback_heading_that_names_the_strategy_or_goal_is_not_a_remark(string heading)
    {
        var acta = Extract([
            .. Opening(),
            P(heading),
            T(["No.", "Comentario", "Participante"],
              ["1", "Es necesario que SACMEX informe sobre el mantenimiento de los pozos.", "Agua para Todos, A.C."]),
            P("ACUERDOS"),
            P("SACMEX enviará el calendario de mantenimiento."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["Es necesario que SACMEX informe sobre el mantenimiento de los pozos."], strategy.Feedback.Select(f => f.Text));
    }

    [Fact]
    public void A_remark_table_gives_one_item_per_row_with_its_goal_and_kind_and_without_its_speaker()
    {
        var acta = Extract([
            .. Opening(),
            P("Retroalimentación"),
            T(["No.", "Meta", "Tipo", "Comentario", "Emite"],
              ["1", "371.1", "Retroalimentación", "Se reportan datos que permiten conocer el avance de la meta.", "Secretaría Ejecutiva"],
              ["2", "371.2", "Retroalimentación", "Es necesario que SACMEX informe sobre el mantenimiento de los pozos.", "Agua para Todos, A.C."],
              ["3", "371.1", "Observación", "SACMEX menciona que las tomas dependen del presupuesto anual.", "SACMEX"]),
            P("ACUERDOS"),
            P("SACMEX enviará su informe de la meta 371.2."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["371.1", "371.2"], strategy.Goals.Select(g => g.Id)); // the goal column goes back to goals already read
        Assert.Equal(
            [
                ("Se reportan datos que permiten conocer el avance de la meta.", FeedbackSection.Retroalimentacion, "371.1"),
                ("Es necesario que SACMEX informe sobre el mantenimiento de los pozos.", FeedbackSection.Retroalimentacion, "371.2"),
                ("SACMEX menciona que las tomas dependen del presupuesto anual.", FeedbackSection.Observacion, "371.1"),
            ],
            strategy.Feedback.Select(f => (f.Text, f.Section, f.Goal)));
        Assert.Equal(2, acta.Attendance.Count); // an attendance list with an Observaciones column is not a remark table
    }

    [Theory]
    [InlineData("Observaciones del Espacio", "Respuesta de la instancia ejecutora")]
    [InlineData("Comentarios", "Réplica de la dependencia")]
    [InlineData("Retroalimentación", "Respuesta")]
    public void The_answer_column_beside_the_remarks_is_what_the_institution_replied_and_no_remark(string remarks, string answers)
    {
        var acta = Extract([
            .. Opening(),
            T([remarks, answers],
              ["Se pide desagregar por alcaldía las tomas comunitarias instaladas.", "SACMEX remitirá el desglose en dos semanas."],
              ["El mantenimiento de pozos lleva dos años sin informe.", "Sin contestación."],
              ["", "El programa depende de la ampliación presupuestal."]),
            P("ACUERDOS"),
            P("SACMEX enviará su informe de la meta 371.2."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            ["Se pide desagregar por alcaldía las tomas comunitarias instaladas.", "El mantenimiento de pozos lleva dos años sin informe."],
            strategy.Feedback.Select(f => f.Text));
    }

    [Fact]
    public void A_remark_table_without_goal_column_belongs_to_the_goal_above_it()
    {
        var acta = Extract([
            .. Opening(),
            T(["Participante", "Tipo", "Intervención"],
              ["Agua para Todos", "Observaciones", "La organización cuestiona que las tomas no lleguen a las colonias altas."],
              ["Secretaría Ejecutiva", "Retroalimentación", "Se requiere desagregar las tomas por alcaldía y colonia."]),
            P("ACUERDOS"),
            P("SACMEX enviará su informe de la meta 371.2."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("La organización cuestiona que las tomas no lleguen a las colonias altas.", "371.2"), ("Se requiere desagregar las tomas por alcaldía y colonia.", "371.2")],
            strategy.Feedback.Select(f => (f.Text, f.Goal)));
        Assert.DoesNotContain(strategy.Feedback, f => f.Text.Contains("Agua para Todos", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_label_before_a_sentence_is_not_part_of_the_remark_but_an_attribution_that_goes_on_is()
    {
        var acta = Extract([
            .. Opening(),
            P("Observaciones:"),
            P("Intervención de la Secretaría Ejecutiva: Se reportan datos duros sobre las tomas."),
            P("Participación del Colectivo Agua Viva, A.C.: Cuestionamos que no se atiendan las colonias altas."),
            P("Intervención de Agua para Todos, A.C.: señaló que las tomas son un avance."),
            P("ACUERDOS"),
            P("SACMEX enviará su informe de la meta 371.2."),
        ]);

        Assert.Equal(
            ["Se reportan datos duros sobre las tomas.", "Cuestionamos que no se atiendan las colonias altas.", "Intervención de Agua para Todos, A.C.: señaló que las tomas son un avance."],
            Assert.Single(acta.Strategies).Feedback.Select(f => f.Text));
    }

    [Fact]
    public void Remarks_under_a_goal_heading_with_a_status_note_are_feedback_on_that_goal()
    {
        var acta = Extract([
            .. Opening(),
            P("Meta 371.2 (sin informe)"),
            P("Intervención del Colectivo Agua Viva: Exhortamos a SACMEX a informar sobre los pozos."),
            P("Comentario de SACMEX: La información se enviará en la próxima sesión."),
            P("ACUERDOS"),
            P("SACMEX enviará su informe de la meta 371.2."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["371.1", "371.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Se da mantenimiento a pozos.", strategy.Goals[1].Text);
        Assert.Equal(
            [("Exhortamos a SACMEX a informar sobre los pozos.", "371.2"), ("La información se enviará en la próxima sesión.", "371.2")],
            strategy.Feedback.Select(f => (f.Text, f.Goal)));
    }

    [Fact]
    public void Sub_labels_inside_one_feedback_cell_switch_the_kind_and_are_no_remarks()
    {
        var acta = Extract([
            .. Opening(),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Retroalimentación"]), new TableCell(1, 1, [
                        "La tarea suma a la meta, pero no la cumple.", "Observaciones:", "SACMEX refiere que los pozos son federales.", "Retroalimentación:", "Se pide el padrón de pozos."])]),
                ],
                2, true, new SourceLocation(1, _block++)),
            P("ACUERDOS"),
            P("SACMEX enviará su informe de la meta 371.2."),
        ]);

        Assert.Equal(
            [
                ("La tarea suma a la meta, pero no la cumple.", FeedbackSection.Retroalimentacion),
                ("SACMEX refiere que los pozos son federales.", FeedbackSection.Observacion),
                ("Se pide el padrón de pozos.", FeedbackSection.Retroalimentacion),
            ],
            Assert.Single(acta.Strategies).Feedback.Select(f => (f.Text, f.Section)));
    }

    [Theory]
    [InlineData("LA C. MTRA. LAURA BENÍTEZ ORTIZ, INFOCDMX.- Para esta meta se publicaron datos.", "Para esta meta se publicaron datos.")]
    [InlineData("EL C. GERARDO VILLA TÉLLEZ, FUNDAR.- Es necesario publicar.", "Es necesario publicar.")]
    [InlineData("SE Se necesita informar cuántas quejas hubo.", "Se necesita informar cuántas quejas hubo.")]
    [InlineData("OSC Artículo 19 cuestiona el acompañamiento.", "Artículo 19 cuestiona el acompañamiento.")]
    [InlineData("Instancia La Secretaría menciona que no hubo aviso.", "La Secretaría menciona que no hubo aviso.")]
    [InlineData("Se reportan datos duros.", "Se reportan datos duros.")]
    [InlineData("La Secretaría Ejecutiva indicó que falta el padrón.", "La Secretaría Ejecutiva indicó que falta el padrón.")]
    [InlineData("SEDESA menciona que el abasto es federal.", "SEDESA menciona que el abasto es federal.")]
    public void Speaker_tags_of_turns_and_badges_are_stripped_and_sentences_kept(string text, string remark)
    {
        Assert.Equal(remark, SpeakerTag.Strip(text));
    }

    [Fact]
    public void A_section_band_row_ends_the_remarks_of_a_sheet_typed_as_one_grid()
    {
        var acta = Extract([
            P("ACTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA"),
            P("Fecha: 14 de marzo de 2016"),
            P("Estrategia 371. Ampliar la red de agua potable"),
            T(["Meta", "Instancia ejecutora", "Informe"],
              ["371.1 Se instalan tomas comunitarias.", "SACMEX", "Se instalaron 12 tomas comunitarias."]),
            T(["Comentarios", "", ""],
              ["Meta", "Quién comenta", "Comentario"],
              ["371.1", "Secretaría Ejecutiva", "Es necesario saber en qué colonias se instalaron las tomas."],
              ["371.1", "Luis Mora Gil", "La red de usuarias pide que las tomas comunitarias tengan un horario fijo de servicio."],
              ["Personas presentes", "", ""],
              ["Nombre", "Institución", "Sector"],
              ["Ana Ruiz Soto", "Sistema de Aguas de la Ciudad de México", "Instancia ejecutora"],
              ["Luis Mora Gil", "Agua para Todos, A.C.", "Sociedad civil"],
              ["Acuerdos", "", ""],
              ["1", "SACMEX enviará la lista de colonias atendidas.", ""]),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["Es necesario saber en qué colonias se instalaron las tomas.", "La red de usuarias pide que las tomas comunitarias tengan un horario fijo de servicio."],
            strategy.Feedback.Select(f => f.Text));
        Assert.Equal(["Ana Ruiz Soto", "Luis Mora Gil"], acta.Attendance.Select(a => a.Name));
        Assert.Contains(acta.Agreements, a => a.Text == "SACMEX enviará la lista de colonias atendidas.");
    }
}
