using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes written as an outline of paragraphs: people as "Name ⏎ post ⏎ body" lines, and goals whose explicit status
/// paragraph is followed by the report without an "Informe:" label.
/// </summary>
public sealed class OutlineMinutesTests
{
    private static Paragraph Lines(params string[] lines) => new(string.Join(' ', lines), ParagraphRole.Body, At(), Lines: lines);

    private static readonly LayoutBlock[] Opening =
    [
        P("DUODÉCIMA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD", ParagraphRole.Heading),
        P("Fecha: 4 de diciembre de 2019"),
    ];

    [Fact]
    public void Name_post_and_body_on_three_lines_give_the_body_not_the_post()
    {
        var acta = Extract([.. Opening,
            P("Asistentes", ParagraphRole.Heading),
            P("Gobierno", ParagraphRole.Heading),
            Lines("Arq. Laura Méndez Ríos", "Directora de Análisis de Riesgos", "Secretaría de Movilidad"),
            Lines("Ing. Óscar Villa Ruiz", "Jefe de Unidad de Alertamiento", "Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano"),
            P("Sociedad civil", ParagraphRole.Heading),
            Lines("Dra. Silvia Ordaz Peña", "Presidenta", "Red de Comités Vecinales, A.C."),
            Lines("Mtro. Iván Soto Lara", "Observatorio Ciudadano de Movilidad"),
            P("Estrategia 403. Mejorar el transporte público", ParagraphRole.Heading),
            P("Meta 403.1: Se renuevan unidades."),
            P("Informe: Se renovaron 40 unidades."),
        ]);

        Assert.Equal(
            [("Arq. Laura Méndez Ríos", "Secretaría de Movilidad"),
             ("Ing. Óscar Villa Ruiz", "Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano"),
             ("Dra. Silvia Ordaz Peña", "Red de Comités Vecinales, A.C."), ("Mtro. Iván Soto Lara", "Observatorio Ciudadano de Movilidad")],
            acta.Attendance.Select(a => (a.Name, a.Institution)));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void Without_heading_or_sector_column_an_organisation_s_own_name_is_civil_society_and_an_unknown_acronym_stays_other()
    {
        var acta = Extract([.. Opening,
            P("Asistentes", ParagraphRole.Heading),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Rosa Elena Trujillo"]), new TableCell(1, 1, ["SEMOVI"])]),
                    new TableRow([new TableCell(0, 1, ["Mario Pérez Ledesma"]), new TableCell(1, 1, ["Ciclistas Urbanos en Marcha"])]),
                    new TableRow([new TableCell(0, 1, ["Sonia Vega Ruiz"]), new TableCell(1, 1, ["CEMOVIQ"])]),
                ],
                2, false, At()),
            P("Estrategia 403. Mejorar el transporte público", ParagraphRole.Heading),
            P("Meta 403.1: Se renuevan unidades."),
            P("Informe: Se renovaron 40 unidades."),
        ]);

        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.Otro], acta.Attendance.Select(a => a.Sector));
    }

    [Theory]
    [InlineData("Estatus: Reportado")]
    [InlineData("Estado del reporte: Sí")]
    public void Paragraphs_after_an_explicit_status_are_the_report(string status)
    {
        var acta = Extract([.. Opening,
            P("Estrategia 703 – Fortalecer la cultura de la prevención", ParagraphRole.Heading),
            P("Meta 703.1: Se capacita a la población en autoprotección."),
            P("Indicador: Número de personas capacitadas"),
            P(status),
            P("Se reportaron las siguientes acciones:"),
            Item("1.", "Se impartieron 24 cursos de primeros auxilios."),
            Item("2.", "Se capacitó a 2,380 personas."),
            P("Meta 703.2: Se realizan simulacros."),
            P("Estatus: N/R"),
            P("Observaciones", ParagraphRole.Heading),
            P("Es necesario que se reporten las fechas de los cursos."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.StartsWith("Se reportaron las siguientes acciones:", strategy.Goals[0].Report);
        Assert.Contains("2,380 personas", strategy.Goals[0].Report);
        Assert.Equal([(24m, "cursos"), (2380m, "personas")], strategy.Figures.Select(f => (f.Value, f.Unit)));
        Assert.Equal("Es necesario que se reporten las fechas de los cursos.", Assert.Single(strategy.Feedback).Text);
    }

    [Theory]
    [InlineData("Observaciones del Espacio")]
    [InlineData("Retroalimentación")]
    public void Remarks_that_name_a_goal_read_before_are_feedback_on_it_not_new_goals(string heading)
    {
        var acta = Extract([.. Opening,
            P("Estrategia 812. Facilitar el acceso a documentos de identidad", ParagraphRole.Heading),
            P("Meta 812.1: Se expide la constancia de residencia."),
            P("Informe: Se expidieron 642 constancias."),
            P("Meta 812.2: Se inscribe a personas refugiadas en el registro."),
            P("Informe: Sin información"),
            P(heading, ParagraphRole.Heading),
            Item("•", "Meta 812.1: Se requiere desagregar las constancias por país de origen."),
            Item("•", "Meta 812.2: Se exhorta a la Consejería a establecer el procedimiento."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría Ejecutiva enviará las observaciones."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["812.1", "812.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(
            [("812.1", "Se requiere desagregar las constancias por país de origen."), ("812.2", "Se exhorta a la Consejería a establecer el procedimiento.")],
            strategy.Feedback.Select(f => (f.Goal, f.Text)));
    }

    [Theory]
    [InlineData("Acuerdos y seguimiento")]
    [InlineData("ACUERDOS Y SEGUIMIENTO DE ACUERDOS ANTERIORES")]
    public void One_table_of_new_and_followed_up_agreements_under_a_joint_heading_gives_the_new_ones(string heading)
    {
        var acta = Extract([.. Opening,
            P("Estrategia 403. Mejorar el transporte público", ParagraphRole.Heading),
            P("Meta 403.1: Se renuevan unidades."),
            P("Informe: Se renovaron 40 unidades."),
            P(heading, ParagraphRole.Heading),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Acuerdo"]), new TableCell(1, 1, ["Responsable"]), new TableCell(2, 1, ["Estado"])]),
                    new TableRow([new TableCell(0, 1, ["SEMOVI presentará el padrón de unidades."]), new TableCell(1, 1, ["SEMOVI"]), new TableCell(2, 1, ["Seguimiento: pendiente"])]),
                    new TableRow([new TableCell(0, 1, ["La Secretaría Ejecutiva convocará al Metrobús."]), new TableCell(1, 1, ["Secretaría Ejecutiva"]), new TableCell(2, 1, ["Nuevo"])]),
                    new TableRow([new TableCell(0, 1, ["Reunirse nuevamente el 8 de enero de 2020, 10:00 h."]), new TableCell(1, 1, ["Todas"]), new TableCell(2, 1, ["Nuevo"])]),
                ],
                3, true, At()),
        ]);

        Assert.Equal(["La Secretaría Ejecutiva convocará al Metrobús.", "Reunirse nuevamente el 8 de enero de 2020, 10:00 h."], acta.Agreements.Select(a => a.Text));
        Assert.Equal("2020-01-08", acta.NextSession?.Date);
    }

    [Fact]
    public void An_outline_number_printed_before_the_strategy_heading_is_no_part_of_it()
    {
        var acta = Extract([.. Opening,
            P("2. Revisión de estrategias", ParagraphRole.Heading),
            P("2.1 Estrategia 703 – Fortalecer la cultura de la prevención"),
            P("Meta 703.1: Se capacita a la población en autoprotección."),
            P("Informe: Se impartieron 24 cursos."),
            P("2.2. Estrategia 706. Ampliar la cobertura de la alerta sísmica"),
            P("Meta 706.1: Se instalan altavoces."),
            P("Informe: Se instalaron 310 altavoces."),
            P("2.3.Estrategia 709. Atender a la población damnificada"), // run together, as a PDF may print it
            P("Meta 709.1: Se entregan apoyos para renta."),
            P("Informe: Se entregaron 95 apoyos."),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("C5 presentará el mapa de cobertura."),
        ]);

        Assert.Equal([(703, "Fortalecer la cultura de la prevención"), (706, "Ampliar la cobertura de la alerta sísmica"), (709, "Atender a la población damnificada")],
            acta.Strategies.Select(s => (s.Number, s.Title)));
        Assert.Equal(["703.1", "706.1", "709.1"], acta.Strategies.SelectMany(s => s.Goals).Select(g => g.Id));
    }

    [Fact]
    public void Without_sector_headings_an_unknown_body_s_name_says_its_sector()
    {
        static TableRow Row(string name, string body) => new([new TableCell(0, 1, [name]), new TableCell(1, 1, [body])]);
        var acta = Extract([.. Opening,
            P("Participantes", ParagraphRole.Heading),
            new Table(
                [
                    Row("Nombre", "Institución"),
                    Row("Mauricio Bravo Esquivel", "Instituto de Salud Mental Comunitaria"),
                    Row("Pablo Ugalde Serna", "Colectivo Locura Digna"),
                    Row("Rosa Vela Ibarra", "Casa de la Sal, A.C."),
                    Row("Teresa Galindo Ruiz", "Voz Pro Salud Mental"),
                ],
                2, true, At()),
            P("Estrategia 403. Mejorar el transporte público", ParagraphRole.Heading),
            P("Meta 403.1: Se renuevan unidades."),
            P("Informe: Se renovaron 40 unidades."),
        ]);

        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.SociedadCivil, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }
}
