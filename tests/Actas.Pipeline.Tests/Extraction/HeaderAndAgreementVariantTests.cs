using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session headers, attendance and agreements as other secretariats write them: a name cell that also holds the post,
/// a sector label with its verb ("asistieron"), a start time beside an end time, the session's mode standing for its
/// place, the body's name on the line under "Espacio de Participación", an agreements table that follows up earlier
/// agreements beside the new ones, a next session numbered in roman numerals before the meeting word.
/// </summary>
public sealed class HeaderAndAgreementVariantTests
{
    private static Table T(params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select((text, i) => new TableCell(i, 1, [text])).ToList())).ToList(), rows.Max(r => r.Length), true, At());

    private static readonly LayoutBlock[] Strategy =
    [
        P("Estrategia 140. Ampliar la vivienda social", ParagraphRole.Heading),
        P("Meta 140.1. Se otorgan créditos de vivienda."),
        P("Informe: Se otorgaron 120 créditos."),
    ];

    private static Acta WithAttendance(params LayoutBlock[] attendance) =>
        Extract([
            P("ACTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            P("Fecha: 9 de abril de 2019"),
            P("ASISTENCIA", ParagraphRole.Heading),
            .. attendance,
            .. Strategy]);

    [Theory]
    [InlineData("Nombre y cargo", "Dra. Andrea Gómez Maldonado Directora de Vivienda Social", "Dra. Andrea Gómez Maldonado")]
    [InlineData("Nombre", "Mtro. Isaac Robledo Cano Jefe de Unidad de Crédito", "Mtro. Isaac Robledo Cano")]
    [InlineData("Nombre y cargo", "C. Karen Quintero Solís Activista", "C. Karen Quintero Solís")]
    [InlineData("Participante", "Q.F.B. Mario Tejeda Luján Subdirector de Abasto", "Q.F.B. Mario Tejeda Luján")]
    [InlineData("Nombre", "Lic. María del Carmen Luna Vocera", "Lic. María del Carmen Luna")]
    public void A_post_written_after_the_name_in_the_name_cell_is_not_part_of_the_name(string header, string cell, string name)
    {
        var acta = WithAttendance(T(["Sector", header, "Institución"], ["Instancias ejecutoras", cell, "Instituto de Vivienda"]));

        var person = Assert.Single(acta.Attendance);
        Assert.Equal((name, "INVI", Sector.InstanciaEjecutora), (person.Name, person.InstitutionKey, person.Sector));
    }

    [Theory]
    [InlineData("Lic. Ana Directora Ruiz")] // a surname that is no post keeps its place: "Directora" is followed by more name
    [InlineData("Mtra. Lidia Ponce Arriaga")]
    public void A_name_without_a_post_is_kept_whole(string name) =>
        Assert.Equal(name, PersonNames.WithoutPost(name));

    [Theory]
    [InlineData("Por las instancias ejecutoras asistieron: Lic. Norma Zárate Ruiz (INVI) y Mtro. Fernando Ibarra Lugo (SEDUVI).")]
    [InlineData("Asistieron por parte de las instancias ejecutoras: Lic. Norma Zárate Ruiz (INVI) y Mtro. Fernando Ibarra Lugo (SEDUVI).")]
    [InlineData("Por las instancias ejecutoras estuvieron presentes: Lic. Norma Zárate Ruiz (INVI), Mtro. Fernando Ibarra Lugo (SEDUVI).")]
    public void A_sector_label_with_its_verb_heads_a_run_of_people(string paragraph)
    {
        var acta = WithAttendance(P(paragraph), P("Por la sociedad civil: Rosa Vela Ibarra (Techo, A.C.)."));

        Assert.Equal(
            [("Lic. Norma Zárate Ruiz", Sector.InstanciaEjecutora, (string?)"INVI"), ("Mtro. Fernando Ibarra Lugo", Sector.InstanciaEjecutora, "SEDUVI"),
             ("Rosa Vela Ibarra", Sector.SociedadCivil, null)],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
    }

    private static Acta WithHeader(params LayoutBlock[] header) =>
        Extract([
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            .. header,
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva.")]);

    [Theory]
    [InlineData("Inicio: 17:00 h\tTérmino: 19:30 h", "17:00")]
    [InlineData("Hora de inicio: 9:30 horas\tConclusión: 12:00 horas", "09:30")]
    public void A_start_time_beside_an_end_time_on_one_tabbed_line_is_read(string line, string time)
    {
        var acta = WithHeader(P("Fecha: 7 de marzo de 2024"), P(line));

        Assert.Equal(("2024-03-07", time), (acta.Session.Date, acta.Session.StartTime));
    }

    [Theory]
    [InlineData("Modalidad:\tSesión virtual a través de la plataforma Zoom", null, "Sesión virtual a través de la plataforma Zoom")]
    [InlineData("Modalidad de la sesión: Videoconferencia por Microsoft Teams", null, "Videoconferencia por Microsoft Teams")]
    [InlineData("Modalidad: Presencial", "Lugar: Sala de juntas del INVI, Canela 660", "Sala de juntas del INVI, Canela 660")]
    [InlineData("Modalidad: Híbrida", null, null)]
    public void The_mode_of_a_session_stands_for_its_place_only_when_no_venue_is_given(string mode, string? venue, string? place)
    {
        var acta = venue is null ? WithHeader(P("Fecha: 4-mar-21"), P(mode)) : WithHeader(P("Fecha: 4-mar-21"), P(mode), P(venue));

        Assert.Equal(place, acta.Session.Place);
    }

    [Theory]
    [InlineData("Lugar", "Sala de juntas del SACMEX, Nezahualcóyotl 109, colonia Centro", "Sala de juntas del SACMEX, Nezahualcóyotl 109, colonia Centro")]
    [InlineData("Sede", "Auditorio del INVI, Canela 660", "Auditorio del INVI, Canela 660")]
    public void A_label_value_table_nested_in_a_header_cell_gives_the_place(string label, string value, string place)
    {
        // A nested table reaches extraction as one paragraph per row, its cells joined by " | ".
        var acta = WithHeader(new Table(
            [new TableRow([new TableCell(0, 1, ["Datos de la reunión", $"{label} | {value}", "Tema | Retroalimentación de los reportes de 2016"])])],
            1, true, At()), P("Fecha: 26/01/2017"));

        Assert.Equal(place, acta.Session.Place);
    }

    [Theory]
    [InlineData("Lugar: Reunión virtual a través de la plataforma Zoom (liga de acceso)", "Reunión virtual a través de la plataforma Zoom")]
    [InlineData("Lugar: Videoconferencia por Microsoft Teams (enlace enviado por correo)", "Videoconferencia por Microsoft Teams")]
    [InlineData("Lugar: Sala de juntas (planta baja) del INVI", "Sala de juntas (planta baja) del INVI")]
    [InlineData("Lugar: En línea, mediante Zoom (ID de reunión 912 4410 3385)", "En línea, mediante Zoom")]
    [InlineData("Lugar: Videollamada por Webex (código de acceso: 55 12 90)", "Videollamada por Webex")]
    [InlineData("Lugar: Sesión remota por Meet (ID: abc-defg-hij) Moderación: Luis Paz Gil, enlace", "Sesión remota por Meet")]
    public void A_closing_parenthesis_that_only_points_at_a_link_is_no_part_of_the_place(string line, string place)
    {
        var acta = WithHeader(P("Fecha: 10 de marzo de 2021"), P(line));

        Assert.Equal(place, acta.Session.Place);
    }

    [Theory]
    [InlineData("Lugar: Sala de usos múltiples de la Subsecretaría, San Antonio Abad 130, colonia", "Tránsito", "Sala de usos múltiples de la Subsecretaría, San Antonio Abad 130, colonia Tránsito")]
    [InlineData("Lugar: Videoconferencia por la", "plataforma Zoom", "Videoconferencia por la plataforma Zoom")]
    [InlineData("Sede: Auditorio del COPRED, General Prim", "10, colonia Centro", "Auditorio del COPRED, General Prim 10, colonia Centro")]
    [InlineData("Lugar: Sala de Juntas de la Secretaría Ejecutiva, General Prim núm. 4, col. Centro,", "alcaldía Cuauhtémoc", "Sala de Juntas de la Secretaría Ejecutiva, General Prim núm. 4, col. Centro, alcaldía Cuauhtémoc")]
    public void A_place_a_pdf_broke_over_two_lines_is_read_whole(string first, string second, string place)
    {
        var acta = WithHeader(P("Fecha: 10 de marzo de 2021"), P(first), P(second));

        Assert.Equal(place, acta.Session.Place);
    }

    [Theory]
    [InlineData("Lugar: Sala de juntas del INVI", "Objetivo: Revisar los informes")]
    [InlineData("Lugar: Sala de juntas del INVI, Canela 660", "Orden del día")]
    public void A_finished_place_does_not_take_the_next_line(string first, string second)
    {
        var acta = WithHeader(P("Fecha: 10 de marzo de 2021"), P(first), P(second));

        Assert.Equal(first[(first.IndexOf(':') + 2)..], acta.Session.Place);
    }

    [Fact]
    public void Date_hour_and_venue_as_paragraphs_of_the_title_cell_give_the_hour_and_the_place()
    {
        var acta = Extract(
            new Table(
                [new TableRow([new TableCell(0, 1, [
                    "SEXTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", "Jueves 17 de mayo de 2018", "10:00 horas",
                    "Sala de juntas de la SEDUVI, Amores 1322, colonia Del Valle"])])],
                1, true, At()),
            P("Asistentes", ParagraphRole.Heading),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("2018-05-17", "10:00", "Sala de juntas de la SEDUVI, Amores 1322, colonia Del Valle"), (acta.Session.Date, acta.Session.StartTime, acta.Session.Place));
    }

    private static Acta Headed(params LayoutBlock[] header) =>
        Extract([.. header, P("ASISTENCIA", ParagraphRole.Heading), P("ACUERDOS", ParagraphRole.Heading), P("Se enviará la información a la Secretaría Ejecutiva.")]);

    [Theory]
    [InlineData("SÉPTIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A", "LA INFORMACIÓN", "Derecho a la Información")]
    [InlineData("Séptima Sesión Ordinaria del Espacio de Participación de los Derechos de las", "Personas Mayores", "Derechos de las Personas Mayores")]
    public void A_title_a_pdf_broke_after_a_preposition_goes_on_on_the_next_line(string first, string second, string body)
    {
        var acta = Headed(
            P("MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS", ParagraphRole.Heading), P("HUMANOS DE LA CIUDAD DE MÉXICO", ParagraphRole.Heading),
            P("VERSIÓN ESTENOGRÁFICA", ParagraphRole.Heading), P(first, ParagraphRole.Heading), P(second, ParagraphRole.Heading), P("Fecha: 4 de octubre de 2018"));

        Assert.Equal((body, 7), (acta.Session.Body, acta.Session.Number));
    }

    [Theory]
    [InlineData("Derechos de las Víctimas del Delito y de Violaciones a Derechos", "Humanos", "Derechos de las Víctimas del Delito y de Violaciones a Derechos Humanos")]
    [InlineData("Derechos de las Personas Defensoras de Derechos", "Humanos y Periodistas", "Derechos de las Personas Defensoras de Derechos Humanos y Periodistas")]
    public void A_body_name_a_pdf_broke_before_its_last_words_is_read_whole(string first, string second, string body)
    {
        var acta = Headed(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA 2021", ParagraphRole.Heading), P("Espacio de Participación de los " + first), P(second),
            P("Fecha: 4-mar-21"));

        Assert.Equal(body, acta.Session.Body);
    }

    [Theory]
    [InlineData("Asistentes")]
    [InlineData("Orden del día")]
    public void A_heading_after_the_body_line_is_not_part_of_the_name(string heading)
    {
        var acta = Extract(
            P("MINUTA DE LA TERCERA SESIÓN ORDINARIA 2021", ParagraphRole.Heading), P("Espacio de Participación del Derecho a la Vivienda"), P("Fecha: 4-mar-21"),
            P(heading), P("ACUERDOS", ParagraphRole.Heading), P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal("Derecho a la Vivienda", acta.Session.Body);
    }

    [Fact]
    public void A_title_line_that_ends_on_the_espacio_de_participacion_leaves_the_body_to_the_running_heading()
    {
        var acta = Headed(
            P("Espacio de Participación del Derecho a un Medio Ambiente Sano", ParagraphRole.Heading), P("9 de marzo de 2017", ParagraphRole.Heading),
            P("Sexta Reunión de Trabajo del Espacio de Participación del", ParagraphRole.Heading), P("Sede:\tSala Tláloc de la SEDEMA"));

        Assert.Equal(("Derecho a un Medio Ambiente Sano", 6), (acta.Session.Body, acta.Session.Number));
    }

    [Fact]
    public void A_header_label_after_the_body_in_one_title_cell_is_not_part_of_the_name()
    {
        var acta = Extract(
            new Table([new TableRow([new TableCell(0, 1, [
                "RELATORÍA", "5ª Reunión de Trabajo del Espacio de Participación del Derecho a la", "Cultura Física y el Deporte", "Fecha: martes 8 de febrero del 2022",
                "Hora de inicio: 16:00 horas"])])], 1, true, At()),
            P("Orden del día", ParagraphRole.Heading), P("ACUERDOS", ParagraphRole.Heading), P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("Derecho a la Cultura Física y el Deporte", 5, "16:00"), (acta.Session.Body, acta.Session.Number, acta.Session.StartTime));
    }

    [Theory]
    [InlineData("Espacio de Participación")]
    [InlineData("ESPACIO DE PARTICIPACIÓN DE")]
    public void The_body_named_on_the_line_under_an_espacio_de_participacion_line_is_the_body(string label)
    {
        var acta = Extract(
            P("PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO"),
            P(label),
            P("Derechos de las Personas Privadas de la Libertad"),
            P("ACTA DE LA DÉCIMA CUARTA SESIÓN ORDINARIA"),
            P("Fecha: jueves 20 de octubre de 2022"),
            P("1. Participantes", ParagraphRole.Heading),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(("Derechos de las Personas Privadas de la Libertad", 14), (acta.Session.Body, acta.Session.Number));
    }

    private static Acta WithAgreements(params LayoutBlock[] agreements) =>
        Extract([
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            P("Fecha: 15 de abril de 2021"),
            .. Strategy,
            P("III. ACUERDOS", ParagraphRole.Heading),
            .. agreements]);

    [Fact]
    public void Earlier_agreements_followed_up_in_the_table_are_not_this_sessions_when_the_new_ones_are_marked()
    {
        var acta = WithAgreements(T(
            ["Clave", "Acuerdo", "Estatus"],
            ["SO3-21/01", "Celebrar la cuarta sesión ordinaria el jueves 15 de abril de 2021.", "Cumplido"],
            ["SO3-21/02", "El INVI informará por escrito sobre la meta 140.1.", "En proceso"],
            ["SO4-21/01", "La quinta sesión ordinaria se celebrará el jueves 27 de mayo de 2021.", "Nuevo"],
            ["SO4-21/02", "La Secretaría Ejecutiva enviará un oficio a la SEDUVI.", "Nuevo"]));

        Assert.Equal(
            ["La quinta sesión ordinaria se celebrará el jueves 27 de mayo de 2021.", "La Secretaría Ejecutiva enviará un oficio a la SEDUVI."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2021-05-27", acta.NextSession?.Date);
    }

    [Fact]
    public void Without_new_marks_only_agreements_carried_out_are_followed_up_ones()
    {
        var acta = WithAgreements(T(
            ["No.", "Acuerdo", "Situación"],
            ["1", "La Secretaría Ejecutiva circuló la minuta anterior.", "Atendido"],
            ["2", "El INVI enviará su informe de la meta 140.1.", "Pendiente"],
            ["3", "La SEDUVI presentará su calendario de obras.", "En proceso"]));

        Assert.Equal(
            ["El INVI enviará su informe de la meta 140.1.", "La SEDUVI presentará su calendario de obras."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_signature_whose_name_and_post_a_pdf_ran_together_ends_the_agreements()
    {
        var acta = WithAgreements(
            P("1. La Secretaría Ejecutiva circulará los informes."),
            P("2. El INVI enviará su calendario."),
            P("Mtro. Alberto Salcedo Rivas Coordinador del Espacio de Participación"));

        Assert.Equal(["La Secretaría Ejecutiva circulará los informes.", "El INVI enviará su calendario."], acta.Agreements.Select(a => a.Text));
    }

    [Theory]
    [InlineData("Se acuerda celebrar la XII Sesión Ordinaria el miércoles 11 de marzo, a las diez horas, para revisar las estrategias 374 y 376.", "2020-03-11", "10:00")]
    [InlineData("La XII Reunión de Trabajo tendrá lugar el 11 de marzo a las 11:00 horas.", "2020-03-11", "11:00")]
    public void A_later_meeting_numbered_in_roman_numerals_before_the_meeting_word_is_the_next_session(string agreement, string date, string time)
    {
        var next = NextSessionFinder.Find([agreement], "2020-02-13", 11);

        Assert.Equal((date, time), (next?.Date, next?.StartTime));
    }

    [Fact]
    public void An_earlier_meeting_in_roman_numerals_is_not_the_next_session() =>
        Assert.Null(NextSessionFinder.Find(["La X Sesión Ordinaria, del 16 de enero, aprobó el calendario del 20 de marzo."], "2020-02-13", 11));
}
