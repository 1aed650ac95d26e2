using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes in the words of other templates (blind batch M, after first sight): a civil-society relatoría with a sign-in
/// form export and a semáforo column, minutes sent by e-mail, meeting notes with "Name · Institution" bullets, an English
/// consultant's template with Spanish content. The documents here are our own wording, built as the layout model.
/// </summary>
public sealed class OtherTemplatesTests
{
    private static int _block;

    private static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, _block++));

    private static Paragraph H(string text) => P(text, ParagraphRole.Heading);

    private static Paragraph Li(string label, string text) => new(text, ParagraphRole.ListItem, new SourceLocation(1, _block++), 1, label);

    private static Table T(params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : [c])).ToList())).ToList(),
            rows.Max(r => r.Length), true, new SourceLocation(1, _block++));

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("otra.docx", "docx", new string('0', 64), 1, blocks, []));

    private static readonly LayoutBlock[] Opening =
    [
        H("Relatoría de la tercera sesión ordinaria del Espacio de Participación del Derecho al Agua"),
        P("La sesión se realizó el martes 12 de abril de 2022 en la plataforma Zoom."),
    ];

    [Fact]
    public void A_sign_in_form_export_is_the_attendance_list()
    {
        var acta = Extract([
            .. Opening,
            H("¿Quiénes participamos?"),
            T(
                ["Marca temporal", "Nombre completo", "Institución u organización", "Tipo de participante"],
                ["12/04/2022 9:58:01", "Rosa Elena Quiroz Patiño", "SACMEX", "Dependencia o entidad del Gobierno de la CDMX"],
                ["12/04/2022 10:02:44", "Tomás Ibarra Luna", "Agua para Todos, A.C.", "Organización de la sociedad civil"],
                ["12/04/2022 10:03:10", "Inés Robles Garza", "CDHCM", "Órgano autónomo u otro poder"]),
            H("Compromisos"),
            T(["¿Qué?", "¿Quién?", "¿Para cuándo?"], ["Enviar el padrón de tomas comunitarias.", "SACMEX", "29/04/2022"]),
        ]);

        Assert.Equal(["Rosa Elena Quiroz Patiño", "Tomás Ibarra Luna", "Inés Robles Garza"], acta.Attendance.Select(a => a.Name));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.Otro], acta.Attendance.Select(a => a.Sector));
        var agreement = Assert.Single(acta.Agreements);
        Assert.Equal("Enviar el padrón de tomas comunitarias.", agreement.Text);
        Assert.Equal("SACMEX", agreement.Responsible);
    }

    [Fact]
    public void A_semaphore_column_does_not_hide_the_goals_of_a_table()
    {
        var acta = Extract([
            .. Opening,
            H("Estrategia 371 | Garantizar el acceso al agua potable"),
            T(
                ["Meta", "Indicador", "Responsable", "Lo reportado", "Semáforo"],
                ["371.1 Ampliar la red de agua potable", "Tomas instaladas", "SACMEX", "Se instalaron 12 tomas comunitarias.", "● Verde"],
                ["371.2 Dar mantenimiento a pozos", "Pozos atendidos", "SACMEX", "—", "● Rojo — no entregó información"]),
            H("Lo que dijo la Secretaría Ejecutiva"),
            P("Meta 371.1 → Se reconoce el avance de la meta."),
            H("Nuestra lectura"),
            P("Meta 371.2 → Cuestionamos que los pozos sigan sin mantenimiento."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["371.1", "371.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(
            [("371.1", FeedbackSection.Retroalimentacion, "Se reconoce el avance de la meta."), ("371.2", FeedbackSection.Observacion, "Cuestionamos que los pozos sigan sin mantenimiento.")],
            strategy.Feedback.Select(f => (f.Goal, f.Section, f.Text)));
    }

    [Fact]
    public void Minutes_sent_by_mail_report_what_they_informed_and_end_at_the_greeting()
    {
        var acta = Extract([
            .. Opening,
            H("Estrategia 371. Garantizar el acceso al agua potable"),
            P("Meta 371.1: Ampliar la red de agua potable"),
            P("Responsable · SACMEX"),
            P("Lo que informaron: Se instalaron 12 tomas comunitarias."),
            P("Comentarios SE:"),
            P("- Es necesario desagregar por colonia."),
            H("ACUERDOS"),
            P("1) SACMEX enviará la desagregación por colonia."),
            P("2) La Secretaría Ejecutiva circulará la minuta."),
            P("Quedo atenta a sus comentarios."),
            P("Saludos cordiales,"),
        ]);

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal("SACMEX", goal.Executor);
        Assert.Equal("Se instalaron 12 tomas comunitarias.", goal.Report);
        Assert.Equal(FeedbackSection.Retroalimentacion, Assert.Single(acta.Strategies[0].Feedback).Section);
        Assert.Equal(["SACMEX enviará la desagregación por colonia.", "La Secretaría Ejecutiva circulará la minuta."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void An_english_template_reads_its_labels_and_leaves_out_apologies()
    {
        var acta = Extract([
            .. Opening,
            Li("1.", "Attendance"),
            T(["Name", "Organisation", "Role", "Group"], ["Lic. Ana Ruiz Soto", "SACMEX", "Enlace", "GOV"], ["C. Luis Pérez Mora", "Agua para Todos, A.C.", "Presidente", "CSO"]),
            Li("1.2", "Apologies"),
            Li("–", "Dra. Eva Soto Lima (SEDEMA) — envió disculpa"),
            Li("4.1", "Estrategia 371 — Garantizar el acceso al agua potable"),
            T(["Goal", "KPI (indicador)", "Owner", "Update reported", "RAG"], ["371.1 Ampliar la red de agua potable", "Tomas instaladas", "SACMEX", "Se instalaron 12 tomas comunitarias.", "G"]),
            H("Key points raised (Secretaría Ejecutiva)"),
            Li("–", "[371.1] Se reportan datos duros que permiten medir el avance."),
            H("Stakeholder comments"),
            Li("–", "[371.1] La organización cuestiona la calidad del agua de las tomas."),
            Li("6.", "Actions & decisions"),
            T(["#", "Action", "Owner", "Due date"], ["3.1", "Enviar la desagregación por colonia.", "SACMEX", "29/04/2022"]),
            Li("7.", "Next meeting"),
            P("Date of next meeting: 10/05/2022, 10:00 h."),
        ]);

        Assert.Equal(["Lic. Ana Ruiz Soto", "C. Luis Pérez Mora"], acta.Attendance.Select(a => a.Name));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal(("Tomas instaladas", "SACMEX", "Se instalaron 12 tomas comunitarias."), (goal.Indicator, goal.Executor, goal.Report));
        Assert.Equal(
            [("371.1", FeedbackSection.Retroalimentacion), ("371.1", FeedbackSection.Observacion)],
            acta.Strategies[0].Feedback.Select(f => (f.Goal, f.Section)));
        Assert.Equal("Enviar la desagregación por colonia.", Assert.Single(acta.Agreements).Text);
    }

    [Fact]
    public void Meeting_notes_list_each_person_as_name_dot_institution()
    {
        var acta = Extract([
            .. Opening,
            H("Asistentes"),
            H("Gobierno de la Ciudad de México"),
            Li("●", "Rosa Elena Quiroz Patiño · SACMEX"),
            H("Organizaciones y comunidades"),
            Li("●", "Tomás Ibarra Luna · Comunidad de Santa Cruz Acalpixca"),
            H("Notas"),
        ]);

        Assert.Equal([("Rosa Elena Quiroz Patiño", "SACMEX", Sector.InstanciaEjecutora), ("Tomás Ibarra Luna", "Comunidad de Santa Cruz Acalpixca", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_wrapped_line_ending_in_acciones_opens_no_agreements()
    {
        var acta = Extract([
            .. Opening,
            H("Estrategia 371. Garantizar el acceso al agua potable"),
            P("Meta 371.1: Ampliar la red de agua potable"),
            P("Informe: Sin reporte."),
            P("Retroalimentación:"),
            P("Es necesario que la instancia informe sobre sus"),
            H("acciones."),
            P("La meta no registra avances desde 2020."),
        ]);

        Assert.Empty(acta.Agreements);
    }

    private static Table Book(params (string Margin, string Text)[] rows) =>
        new(rows.Select(r => new TableRow([new TableCell(0, 1, r.Margin.Split(" ¶ ")), new TableCell(1, 1, [r.Text])])).ToList(), 2, true, new SourceLocation(1, _block++));

    [Fact]
    public void A_minutes_book_reads_its_margin_rubrics_as_the_labels_of_its_paragraphs()
    {
        var acta = Extract([
            H("ACTA NÚM. 4/2018"),
            H("Espacio de Participación del Derecho al Agua"),
            Book(
                ("1 ¶ Apertura", "En la Ciudad de México, siendo las 10:00 horas del día 8 de marzo de 2018, en la sala de juntas del Sistema de Aguas, se reunieron las personas integrantes del Espacio."),
                ("2 ¶ Asistencia", "Se pasó lista de asistencia y se hizo constar la presencia de las personas siguientes:"),
                ("3", "Por las instancias ejecutoras: por el Sistema de Aguas de la Ciudad de México, el Ing. Agr. Pedro Lara Solís y la Lic. Nora Díaz Peña; por la Secretaría del Medio Ambiente, la M. en C. Irma Cano Vega."),
                ("4", "Por la sociedad civil: por el Colectivo Agua Viva, A.C., el C. Raúl Soto Mena, quien funge como secretario de actas."),
                ("5 ¶ Estrategia 371", "Acto seguido se dio seguimiento a la estrategia 371, «Garantizar el acceso al agua potable»."),
                ("6 ¶ Meta 371.1", "Meta 371.1. Ampliar la red de agua potable. Indicador: Tomas instaladas. Instancia ejecutora: Sistema de Aguas de la Ciudad de México."),
                ("7 ¶ Informe", "El Sistema de Aguas dio lectura a su informe, que se transcribe: «Se instalaron 12 tomas comunitarias en Tláhuac.»"),
                ("8 ¶ Retroalimentación", "El informe permite conocer el avance de la meta."),
                ("9 ¶ Observación", "Sociedad civil cuestiona que las tomas no lleguen a los barrios altos."),
                ("10 ¶ Meta 371.2", "Meta 371.2. Dar mantenimiento a pozos. Indicador: Pozos atendidos. Instancia ejecutora: Secretaría del Medio Ambiente."),
                ("11 ¶ Informe", "Se hizo constar que la Secretaría del Medio Ambiente no presentó informe respecto de esta meta."),
                ("12 ¶ Acuerdos", "Desahogados los puntos del orden del día, se tomaron los acuerdos siguientes:"),
                ("13 ¶ Acuerdo 4/01", "La Secretaría del Medio Ambiente remitirá su informe a más tardar el 23 de marzo de 2018."),
                ("14 ¶ Cierre", "No habiendo otro asunto que tratar, se dio por concluida la sesión a las 12:00 horas.")),
        ]);

        Assert.Equal(
            [("Pedro Lara Solís", "Sistema de Aguas de la Ciudad de México", Sector.InstanciaEjecutora), ("Nora Díaz Peña", "Sistema de Aguas de la Ciudad de México", Sector.InstanciaEjecutora),
             ("Irma Cano Vega", "Secretaría del Medio Ambiente", Sector.InstanciaEjecutora), ("Raúl Soto Mena", "Colectivo Agua Viva, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([("371.1", ReportStatus.Reported, "Se instalaron 12 tomas comunitarias en Tláhuac."), ("371.2", ReportStatus.NotReported, null)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report)));
        Assert.Equal("12 tomas", $"{Assert.Single(strategy.Figures).Value} {strategy.Figures[0].Unit}");
        Assert.Equal([FeedbackSection.Retroalimentacion, FeedbackSection.Observacion], strategy.Feedback.Select(f => f.Section));
        Assert.Equal("La Secretaría del Medio Ambiente remitirá su informe a más tardar el 23 de marzo de 2018.", Assert.Single(acta.Agreements).Text);
    }

    [Theory]
    [InlineData("Se hizo constar que la Delegación Tláhuac no presentó informe respecto de esta meta.", true)]
    [InlineData("Se informó que la Secretaría de Salud no remitió su reporte.", true)]
    [InlineData("Se hizo constar que la Delegación Tláhuac no presentó informe en marzo, pero realizó 12 recorridos.", false)]
    [InlineData("Se instalaron tomas en las colonias que no presentaban servicio.", false)]
    public void A_sentence_that_records_no_report_says_not_reported(string report, bool none) =>
        Assert.Equal(none, StrategyInterpreter.SaysNotReported(report));

    [Fact]
    public void A_row_of_cards_gives_each_body_its_people()
    {
        var acta = Extract([
            .. Opening,
            H("¿Quiénes participamos?"),
            H("Gobierno de la Ciudad de México"),
            new Table([new TableRow([new TableCell(0, 1, ["SACMEX", "Ing. Pedro Lara Solís", "Lic. Nora Díaz Peña"]), new TableCell(1, 1, ["SEDEMA", "Mtra. Irma Cano Vega"]), new TableCell(2, 1, [])])],
                3, true, new SourceLocation(1, _block++)),
            H("Sociedad civil"),
            new Table([new TableRow([new TableCell(0, 1, ["Colectivo Agua Viva, A.C.", "C. Raúl Soto Mena"])])], 1, true, new SourceLocation(1, _block++)),
            H("Notas"),
        ]);

        Assert.Equal(
            [("Ing. Pedro Lara Solís", "SACMEX", Sector.InstanciaEjecutora), ("Lic. Nora Díaz Peña", "SACMEX", Sector.InstanciaEjecutora),
             ("Mtra. Irma Cano Vega", "SEDEMA", Sector.InstanciaEjecutora), ("C. Raúl Soto Mena", "Colectivo Agua Viva, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    /// <summary>Two goal cards side by side, each with a status badge and tiles of figures (a presentation's slide).</summary>
    private static Table Cards(params string[][] cards) =>
        new([new TableRow(cards.Select((c, i) => new TableCell(i, 1, c)).ToList())], cards.Length, true, new SourceLocation(1, _block++));

    [Fact]
    public void A_status_badge_on_a_goal_card_states_the_status_and_the_tiles_below_it_are_the_report()
    {
        var acta = Extract([
            .. Opening,
            H("ESTRATEGIA 377"),
            P("Reducir las fugas en la red secundaria"),
            Cards(
                ["META 377.1", "Reparar las fugas reportadas en menos de 48 horas", "Indicador · Porcentaje de fugas reparadas a tiempo", "Responsable · SACMEX",
                 "✅ Reportado", "2,315 fugas reparadas en el semestre | 91 por ciento atendidas en 48 horas"],
                ["META 377.2", "Sectorizar la red de la alcaldía Iztapalapa", "Indicador · Sectores instalados", "Responsable · SACMEX", "❌ No reportado"]),
            H("Acuerdos"),
            P("1. SACMEX enviará su informe de la meta 377.2."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([("377.1", "SACMEX", ReportStatus.Reported), ("377.2", "SACMEX", ReportStatus.NotReported)],
            strategy.Goals.Select(g => (g.Id!, g.Executor!, g.ReportStatus)));
        Assert.StartsWith("2,315 fugas reparadas", strategy.Goals[0].Report);
        Assert.Null(strategy.Goals[1].Report);
        Assert.Contains(strategy.Figures, f => f is { Value: 2315m, Goal: "377.1" });
    }

    [Theory]
    [InlineData("✔ Con informe", true)]
    [InlineData("✖ Sin informe", true)]
    [InlineData("✔ Se repararon todas las fugas del sector", false)]
    [InlineData("Con informe", false)]
    public void A_mark_before_a_whole_status_value_is_a_status_of_its_own(string text, bool status) =>
        Assert.Equal(status, StrategyLabels.Read(text) is { Field: StrategyField.Status });

    [Fact]
    public void Remarks_on_a_later_page_under_goal_names_add_no_second_goal()
    {
        var acta = Extract([
            .. Opening,
            H("Estrategia 378"),
            P("Meta 378.1 Instalar bebederos en escuelas primarias"),
            P("Informe: Se instalaron 40 bebederos."),
            P("Meta 378.2 Monitorear la calidad del agua de los bebederos"),
            P("Informe: Sin informe"),
            H("Estrategia 378 · Retroalimentación"),
            H("Retroalimentación de la Secretaría Ejecutiva"),
            P("Meta 378.1"),
            P("El informe no dice en cuántas escuelas se instalaron."),
            P("Meta 378.2"),
            P("Urge el primer muestreo de calidad del agua."),
            H("Acuerdos"),
            P("1. SACMEX enviará el muestreo."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["378.1", "378.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Instalar bebederos en escuelas primarias", strategy.Goals[0].Text);
        Assert.Equal(
            [("378.1", "El informe no dice en cuántas escuelas se instalaron."), ("378.2", "Urge el primer muestreo de calidad del agua.")],
            strategy.Feedback.Select(f => (f.Goal, f.Text)));
    }

    [Fact]
    public void A_bulletin_box_of_agreements_takes_each_items_responsible_line_and_ends_at_the_next_heading()
    {
        var acta = Extract([
            .. Opening,
            new Table([new TableRow([new TableCell(0, 1, [
                "Lo que acordamos",
                "✔ SACMEX enviará el padrón de tomas comunitarias antes del 29 de abril de 2022.",
                "Responsable: SACMEX",
                "✔ La Secretaría Ejecutiva pedirá a SEDEMA su informe.",
                "Responsable: Secretaría Ejecutiva",
                "Agenda",
                "Próxima sesión: martes 10 de mayo de 2022 · 10:00 h",
            ])])], 1, true, new SourceLocation(1, _block++)),
        ]);

        Assert.Equal(
            [("SACMEX enviará el padrón de tomas comunitarias antes del 29 de abril de 2022.", "SACMEX"), ("La Secretaría Ejecutiva pedirá a SEDEMA su informe.", "Secretaría Ejecutiva")],
            acta.Agreements.Select(a => (a.Text, a.Responsible!)));
        Assert.Equal("2022-05-10", acta.NextSession?.Date);
    }

    [Fact]
    public void A_heading_that_names_its_session_after_a_dash_still_opens_the_agreements()
    {
        var acta = Extract([
            .. Opening,
            H("ACUERDOS – 3a. SESIÓN ORDINARIA – 12/04/2022"),
            T(["NO.", "ACUERDO", "RESPONSABLE"], ["1", "SACMEX enviará el padrón de tomas comunitarias.", "SACMEX"]),
        ]);

        Assert.Equal(["SACMEX enviará el padrón de tomas comunitarias."], acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Enviar el padrón de tomas comunitarias. — SACMEX · 29 abr 2022", "SACMEX", "2022-04-29")]
    [InlineData("SACMEX enviará el padrón de tomas comunitarias. — Responsable: SACMEX.", "SACMEX", null)]
    public void A_dash_after_an_agreement_sets_off_who_and_when(string line, string responsible, string? date)
    {
        var acta = Extract([.. Opening, H("Acuerdos"), P(line)]);

        var agreement = Assert.Single(acta.Agreements);
        Assert.EndsWith("padrón de tomas comunitarias.", agreement.Text);
        Assert.Equal(responsible, agreement.Responsible);
        Assert.Equal(date is null ? [] : [date], agreement.Dates);
    }

    [Fact]
    public void A_next_meeting_heading_wins_over_an_agreement_that_only_names_a_later_meeting()
    {
        var acta = Extract([
            .. Opening,
            H("Acuerdos"),
            P("Invitar a SEDEMA a la cuarta sesión ordinaria. — Secretaría Ejecutiva · 20 abr 2022"),
            H("Próxima reunión"),
            P("Cuarta sesión ordinaria: 10 may 2022, 10:00 h, por Zoom"),
        ]);

        Assert.Equal("2022-05-10", acta.NextSession?.Date);
    }
}
