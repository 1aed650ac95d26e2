using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Layouts where a label column runs down the left and each goal has a column of its own, and
/// attendance written three people to a row (Nombre | Institución × 3) under spanning sector rows.
/// </summary>
public sealed class LabelColumnLayoutTests
{
    private static int _block;

    private static Paragraph P(string text, ParagraphRole role = ParagraphRole.Body) => new(text, role, new SourceLocation(1, _block++));

    private static Table T(params string[][][] rows)
    {
        var block = _block++;
        var width = rows.Max(r => r.Length);
        return new Table(
            rows.Select(r => new TableRow(r.Length == 1 && width > 1
                ? [new TableCell(0, width, r[0])]
                : r.Select((paragraphs, i) => new TableCell(i, 1, paragraphs)).ToList())).ToList(),
            width, false, new SourceLocation(1, block));
    }

    private static Acta Extract(params LayoutBlock[] blocks) =>
        new ActaExtractor().Extract(new LayoutDocument("other.docx", "docx", new string('0', 64), 1, blocks, []));

    private static readonly LayoutBlock[] Title =
    [
        P("ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
        P("Derechos de las Personas Migrantes, Refugiadas y Solicitantes de Asilo", ParagraphRole.Heading),
        P("Séptima Sesión Ordinaria"),
        P("Fecha: 12/02/2020"),
    ];

    [Fact]
    public void A_label_column_with_one_column_per_goal_gives_each_goal_its_report_and_comments()
    {
        var acta = Extract([.. Title,
            P("Revisión de estrategias", ParagraphRole.Heading),
            T(
                [["Estrategia"], ["548. Garantizar el derecho a la identidad."], []],
                [["Meta"], ["548.1 Se expiden actas de nacimiento."], ["548.2 Se expiden constancias."]],
                [["Dependencia responsable"], ["Consejería Jurídica y de Servicios Legales"], ["SIBISO"]],
                [["Avance reportado"], ["Se registraron 1,746 niñas y niños."], ["No se presentó información"]],
                [["Comentarios del Espacio"], ["Se solicita desagregar por alcaldía.", "El avance es claro."], ["Es necesario que SIBISO informe."]],
                [["Observaciones"], ["—"], ["SIBISO refiere que no cuenta con sistema."]]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(548, strategy.Number);
        Assert.Equal(
            [("548.1", ReportStatus.Reported), ("548.2", ReportStatus.NotReported)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus)));
        Assert.Equal(["548.1", "548.1", "548.2", "548.2"], strategy.Feedback.Select(f => f.Goal));
        Assert.DoesNotContain(strategy.Feedback, f => f.Text == "—"); // a dash says there is nothing to observe
        Assert.Equal(1746, Assert.Single(strategy.Figures).Value);
    }

    [Fact]
    public void Three_people_to_a_row_are_read_as_name_institution_pairs_under_their_sector_rows()
    {
        var acta = Extract([.. Title,
            P("Asistencia", ParagraphRole.Heading),
            T(
                [["Instancias ejecutoras"]],
                [["María Guadalupe Hernández Villaseñor"], ["SIBISO – Dirección de Atención a Huéspedes"], ["Jorge Luis Camacho Ordóñez"], ["Consejería Jurídica y de Servicios Legales"], ["Dra. Itzel Monserrat Villalobos Guerrero"], ["Secretaría de Salud de la Ciudad de México"]],
                [["Organismos internacionales e instancias invitadas"]],
                [["Lic. Andrés Felipe Muñoz Zárate"], ["Comisión Mexicana de Ayuda a Refugiados (COMAR)"], ["Teresa de Jesús Argüelles Nava"], ["Alcaldía Cuauhtémoc"], [], []],
                [["Sociedad civil"]],
                [["Ximena Alejandra Castro Benítez"], ["Sin Fronteras, I.A.P."], ["Alejandro Iturbide Saucedo"], ["Casa de los Amigos, A.C."], [], []]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal(
            [
                ("María Guadalupe Hernández Villaseñor", "SIBISO – Dirección de Atención a Huéspedes", Sector.InstanciaEjecutora),
                ("Jorge Luis Camacho Ordóñez", "Consejería Jurídica y de Servicios Legales", Sector.InstanciaEjecutora),
                ("Dra. Itzel Monserrat Villalobos Guerrero", "Secretaría de Salud de la Ciudad de México", Sector.InstanciaEjecutora),
                ("Lic. Andrés Felipe Muñoz Zárate", "Comisión Mexicana de Ayuda a Refugiados (COMAR)", Sector.Otro),
                ("Teresa de Jesús Argüelles Nava", "Alcaldía Cuauhtémoc", Sector.Otro),
                ("Ximena Alejandra Castro Benítez", "Sin Fronteras, I.A.P.", Sector.SociedadCivil),
                ("Alejandro Iturbide Saucedo", "Casa de los Amigos, A.C.", Sector.SociedadCivil),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_name_cargo_institution_row_is_one_person_even_when_the_cargo_reads_like_a_name()
    {
        var acta = Extract([.. Title,
            P("Asistencia", ParagraphRole.Heading),
            T(
                [["Lic. Paola Quintana Medel"], ["Subprocuradora de Ordenamiento Territorial"], ["PAOT"]],
                [["Ing. Marco Antonio Reyes Lugo"], ["Jefe de Unidad de Monitoreo"], ["SEDEMA"]]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal(["Lic. Paola Quintana Medel", "Ing. Marco Antonio Reyes Lugo"], acta.Attendance.Select(a => a.Name));
    }

    [Fact]
    public void The_body_comes_from_the_heading_block_when_the_session_title_stands_on_a_line_of_its_own()
    {
        var acta = Extract([.. Title, P("Acuerdos", ParagraphRole.Heading), P("Se enviará la información.")]);

        Assert.Equal("Derechos de las Personas Migrantes, Refugiadas y Solicitantes de Asilo", acta.Session.Body);
        Assert.Equal(7, acta.Session.Number);
    }

    [Fact]
    public void A_band_row_naming_the_strategy_by_number_opens_it_when_its_goals_follow_in_the_table()
    {
        var acta = Extract([.. Title,
            P("Retroalimentación de estrategias", ParagraphRole.Heading),
            T(
                [["368 – Garantizar el acceso a los servicios de salud sexual y reproductiva."]],
                [["Meta 368.1", "Se amplía la cobertura.", "Indicador: Número de unidades.", "Responsable: SEDESA"],
                 ["Reporte de la instancia", "Actualmente 14 unidades de salud prestan el servicio.", "Comentarios del Espacio", "El reporte presenta datos duros.", "Se sugiere desagregar por edad."]]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal((368, "368.1", "SEDESA"), (strategy.Number, Assert.Single(strategy.Goals).Id, strategy.Goals[0].ExecutorKey));
        Assert.Equal(14, Assert.Single(strategy.Figures).Value);
        Assert.Equal(2, strategy.Feedback.Count);
    }

    [Fact]
    public void A_band_row_with_a_number_and_no_goals_of_that_strategy_is_not_a_strategy()
    {
        var acta = Extract([.. Title,
            P("Asuntos generales", ParagraphRole.Heading),
            T(
                [["250 – personas asistieron al foro del 3 de marzo."]],
                [["Tema"], ["Se comentó la agenda."]]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Empty(acta.Strategies);
    }

    [Fact]
    public void A_header_naming_several_fields_in_one_cell_reads_the_ficha_under_it()
    {
        var acta = Extract([.. Title,
            P("Estrategia 204. Fortalecer la inspección local del trabajo."),
            T(
                [["Meta, indicador y responsable"], ["Avance reportado"], ["Comentarios del Espacio"]],
                [["Meta 204.1: Se incrementa el número de inspecciones.", "Indicador: Número de inspecciones.", "Responsable: STyFE"],
                 ["Durante 2021 se realizaron 2,846 inspecciones."], ["Se reportan datos duros.", "Es necesario informar cuántos emplazamientos concluyeron."]],
                [["Meta 204.2: Se publican los resultados.", "Indicador: Número de reportes.", "Responsable: STyFE"], ["Pendiente."], ["—"]]),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("204.1", "Número de inspecciones.", ReportStatus.Reported), ("204.2", "Número de reportes.", ReportStatus.NotReported)],
            strategy.Goals.Select(g => (g.Id, g.Indicator, g.ReportStatus)));
        Assert.Equal(2846, Assert.Single(strategy.Figures).Value);
        Assert.Equal(["204.1", "204.1"], strategy.Feedback.Select(f => f.Goal));
    }

    [Fact]
    public void A_commitments_table_fixes_the_next_meeting_with_the_date_in_its_own_column()
    {
        var acta = Extract([
            P("MINUTA DE LA TERCERA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DERECHO AL TRABAJO", ParagraphRole.Heading),
            P("Fecha: 23/02/2022"),
            P("COMPROMISOS", ParagraphRole.Heading),
            T(
                [["No."], ["Compromiso"], ["Responsable"], ["Fecha"]],
                [["1"], ["Enviar el número de emplazamientos."], ["STyFE"], ["15/03/2022"]],
                [["2"], ["Celebrar la cuarta reunión de trabajo para revisar las estrategias 208 y 210."], ["Secretaría Ejecutiva"], ["27/04/2022, 10:00 h"]]),
        ]);

        Assert.Equal(2, acta.Agreements.Count);
        Assert.Equal(("2022-04-27", "10:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
        Assert.Equal([208, 210], acta.NextSession!.Strategies);
    }

    [Fact]
    public void Attendance_written_as_a_run_on_paragraph_per_sector_gives_each_person_and_shared_bodies()
    {
        var acta = Extract([.. Title,
            P("ASISTENCIA", ParagraphRole.Heading),
            P("Instancias ejecutoras: Lic. Verónica Salinas Duarte y Mtro. Arturo Nieves Cárdenas (STyFE); Lic. Rocío Vargas Meneses (Alcaldía Cuauhtémoc – Dirección General de Gobierno)."),
            P("Sociedad civil: Juana María Velasco Cruz (CACEH); Gerardo Ríos Manjarrez (Red de Trabajadores No Asalariados de la Ciudad de México)."),
            P("Secretaría Ejecutiva: Jimena Arce Valdivia (Secretaría Ejecutiva)."),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal(
            [
                ("Lic. Verónica Salinas Duarte", "STyFE", Sector.InstanciaEjecutora),
                ("Mtro. Arturo Nieves Cárdenas", "STyFE", Sector.InstanciaEjecutora),
                ("Lic. Rocío Vargas Meneses", "Alcaldía Cuauhtémoc – Dirección General de Gobierno", Sector.InstanciaEjecutora),
                ("Juana María Velasco Cruz", "CACEH", Sector.SociedadCivil),
                ("Gerardo Ríos Manjarrez", "Red de Trabajadores No Asalariados de la Ciudad de México", Sector.SociedadCivil),
                ("Jimena Arce Valdivia", "Secretaría Ejecutiva", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
        Assert.Equal("ALC-CUAUHTEMOC", acta.Attendance[2].InstitutionKey);
    }

    [Fact]
    public void A_remote_session_lists_people_connected_with_invited_bodies_apart_and_typed_ordinal_agreements()
    {
        var acta = Extract([
            P("ACTA DE LA OCTAVA SESIÓN ORDINARIA (MODALIDAD VIRTUAL) DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS MIGRANTES", ParagraphRole.Heading),
            P("Siendo las 11:00 horas del miércoles catorce de octubre de dos mil veinte, se da inicio a la sesión."),
            P("Personas conectadas", ParagraphRole.Heading),
            P("Instancias ejecutoras", ParagraphRole.Heading),
            P("María Guadalupe Hernández Villaseñor (SIBISO)"),
            P("Organismos invitados", ParagraphRole.Heading),
            P("Claudia Verónica Saldaña Pérez (ACNUR)"),
            P("Acuerdos", ParagraphRole.Heading),
            P("PRIMERO.- STyFE enviará la cifra de personas beneficiarias."),
            P("SEGUNDO.- La novena sesión ordinaria se realizará el miércoles 10 de marzo de 2021 a las diez horas."),
        ]);

        Assert.Equal(
            [("María Guadalupe Hernández Villaseñor", Sector.InstanciaEjecutora, "SIBISO"), ("Claudia Verónica Saldaña Pérez", Sector.Otro, "ACNUR")],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
        Assert.Equal(["STyFE enviará la cifra de personas beneficiarias.", "La novena sesión ordinaria se realizará el miércoles 10 de marzo de 2021 a las diez horas."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal(("2021-03-10", "10:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }

    [Fact]
    public void The_place_of_an_opening_sentence_in_the_present_tense_is_read_without_its_article()
    {
        var acta = Extract([
            P("REUNIÓN DE TRABAJO XXII", ParagraphRole.Heading),
            P("Espacio de Participación Derecho a la Vivienda Adecuada"),
            P("En la Ciudad de México, a las diez horas del miércoles once de agosto de dos mil veintiuno, en el Salón de usos múltiples del Instituto de Vivienda de la Ciudad de México, " +
              "Canela 660, colonia Granjas México, se reúnen las personas integrantes del Espacio de Participación."),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal("Salón de usos múltiples del Instituto de Vivienda de la Ciudad de México, Canela 660, colonia Granjas México", acta.Session.Place);
        Assert.Equal(("Derecho a la Vivienda Adecuada", 22, "2021-08-11", "10:00"), (acta.Session.Body, acta.Session.Number, acta.Session.Date, acta.Session.StartTime));
    }

    [Fact]
    public void Attendance_as_one_paragraph_per_line_pairs_each_name_with_the_body_under_it_or_beside_it()
    {
        var acta = Extract([.. Title,
            P("Lista de asistencia", ParagraphRole.Heading),
            P("INSTANCIAS EJECUTORAS", ParagraphRole.Heading),
            P("Laura Gutiérrez Ríos"),
            P("SEMUJERES"),
            P("Dra. Mónica Espinoza Lara SEDESA - Dirección de Promoción de la Salud"),
            P("Lic. Rebeca Anaya Torres PGJCDMX"),
            P("SOCIEDAD CIVIL", ParagraphRole.Heading),
            P("Rosalba Quintana Díaz"),
            P("Grupo de Información en Reproducción Elegida (GIRE)"),
            P("SECRETARÍA EJECUTIVA", ParagraphRole.Heading),
            P("Iván Ortega Luna"),
            P("Secretaría Ejecutiva"),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal(
            [
                ("Laura Gutiérrez Ríos", "SEMUJERES", Sector.InstanciaEjecutora),
                ("Dra. Mónica Espinoza Lara", "SEDESA - Dirección de Promoción de la Salud", Sector.InstanciaEjecutora),
                ("Lic. Rebeca Anaya Torres", "PGJCDMX", Sector.InstanciaEjecutora),
                ("Rosalba Quintana Díaz", "Grupo de Información en Reproducción Elegida (GIRE)", Sector.SociedadCivil),
                ("Iván Ortega Luna", "Secretaría Ejecutiva", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
    [Fact]
    public void A_name_run_into_a_body_no_list_holds_splits_where_a_body_word_opens_it()
    {
        var acta = Extract([.. Title,
            P("Lista de asistencia", ParagraphRole.Heading),
            P("SOCIEDAD CIVIL", ParagraphRole.Heading),
            P("Marisol Quiroga Becerril Colectiva Manos que Tejen"),
            P("Tadeo Villaseñor Ramos Red Barrial de Apoyo Mutuo"),
            P("Irene Zamudio Castro"),
            P("Colectiva Raíces del Sur"),
            P("SECRETARÍA EJECUTIVA", ParagraphRole.Heading),
            P("Iván Ortega Luna"),
            P("Secretaría Ejecutiva"),
            P("Acuerdos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal(
            [
                ("Marisol Quiroga Becerril", "Colectiva Manos que Tejen", Sector.SociedadCivil),
                ("Tadeo Villaseñor Ramos", "Red Barrial de Apoyo Mutuo", Sector.SociedadCivil),
                ("Irene Zamudio Castro", "Colectiva Raíces del Sur", Sector.SociedadCivil),
                ("Iván Ortega Luna", "Secretaría Ejecutiva", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
