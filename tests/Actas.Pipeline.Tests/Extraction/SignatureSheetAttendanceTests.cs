using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A legal acta with no list of those present but its signatures "al calce": blocks of rule, name, post and body under
/// sector headings, as Word keeps them (one block a cell) and as a PDF cuts them (a row of rules, a row of names, a row
/// of posts and bodies, a band going on after a page break).
/// </summary>
public sealed class SignatureSheetAttendanceTests
{
    private const string Rule = "__________________________";

    private static readonly LayoutBlock[] Body =
    [
        P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading),
        P("En la Ciudad de México, siendo las once horas del día nueve de octubre de dos mil diecisiete, reunidos en el aula 3 de la Secretaría de Salud, se celebra la sesión."),
        P("ESTRATEGIA 210.- Ampliar la detección oportuna de enfermedades crónicas.", ParagraphRole.Heading),
        P("META 210.1.- Realizar jornadas de detección en centros de salud."),
        P("INFORME.- Se realizaron 36 jornadas de detección."),
        P("ACUERDOS", ParagraphRole.Heading),
        P("PRIMERO.- La Secretaría de Salud enviará el padrón de unidades médicas."),
        P("Sin otro asunto que tratar, se levanta la sesión firmando al calce quienes en ella intervinieron."),
        P("FIRMAS", ParagraphRole.Heading),
        P(Rule),
        P("Dra. Irene Cabrera Lozano", ParagraphRole.Heading),
        P("Coordinadora del Espacio de Participación"),
    ];

    private static TableCell Cell(int column, params string[] paragraphs) => new(column, 1, paragraphs);

    [Fact]
    public void Word_signature_blocks_one_per_cell_under_sector_rows_are_the_attendance()
    {
        var grid = new Table(
            [
                new TableRow([Cell(0, "POR LAS INSTANCIAS EJECUTORAS")]),
                new TableRow(
                [
                    Cell(0, Rule, "Mtro. Sergio Ibarra Ponce", "Subdirector de Epidemiología", "Secretaría de Salud"),
                    Cell(1, Rule, "Lic. Rosa Elvira Tamez Ochoa", "Jefa de Unidad Departamental", "Instituto de las Personas con Discapacidad"),
                ]),
                new TableRow([Cell(0, "POR LAS ORGANIZACIONES DE LA SOCIEDAD CIVIL")]),
                new TableRow(
                [
                    Cell(0, Rule, "C. Mauricio Landa Serrano", "Vocal", "Red Comunitaria Salud para Todos, A.C."),
                    Cell(1),
                ]),
                new TableRow([Cell(0, "POR LA SECRETARÍA EJECUTIVA")]),
                new TableRow([Cell(0, Rule, "Lic. Noemí Ávalos Rentería", "Enlace de seguimiento", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación")]),
            ],
            2, true, At());

        var acta = Extract([.. Body, grid]);

        Assert.Equal(
            [
                ("Mtro. Sergio Ibarra Ponce", "Secretaría de Salud", Sector.InstanciaEjecutora),
                ("Lic. Rosa Elvira Tamez Ochoa", "Instituto de las Personas con Discapacidad", Sector.InstanciaEjecutora),
                ("C. Mauricio Landa Serrano", "Red Comunitaria Salud para Todos, A.C.", Sector.SociedadCivil),
                ("Lic. Noemí Ávalos Rentería", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_pdf_cut_of_the_grid_is_read_column_by_column_across_a_page_break()
    {
        var acta = Extract(
            [
                .. Body,
                P("POR LAS INSTANCIAS EJECUTORAS", ParagraphRole.Heading),
                new Table(
                    [
                        new TableRow([Cell(0, Rule), Cell(1, Rule)]),
                        new TableRow([Cell(0, "Mtro. Sergio Ibarra Ponce"), Cell(1, "Lic. Rosa Elvira Tamez Ochoa")]),
                        // A post and its body on one line, as the PDF joins the two lines of a narrow cell.
                        new TableRow([Cell(0, "Subdirector de Epidemiología Secretaría de Salud"), Cell(1, "Jefa de Unidad Instituto de las Personas con Discapacidad")]),
                    ],
                    2, true, At()),
                P("POR LAS ORGANIZACIONES DE LA SOCIEDAD CIVIL", ParagraphRole.Heading),
                new Table(
                    [
                        new TableRow([Cell(0, Rule), Cell(1, Rule)]),
                        new TableRow([Cell(0, "C. Mauricio Landa Serrano"), Cell(1, "Psic. Olga Quiroz Medina")]),
                    ],
                    2, true, At()),
                new PageBreak(At(2)),
                new Table(
                    [
                        new TableRow([Cell(0, "Vocal"), Cell(1, "Integrante")]),
                        new TableRow([Cell(0, "Red Comunitaria Salud para"), Cell(1, "Colectivo Cuidar")]),
                        new TableRow([Cell(0, "Todos, A.C."), Cell(1)]),
                    ],
                    2, true, At(2)),
            ]);

        Assert.Equal(
            [
                ("Mtro. Sergio Ibarra Ponce", "Secretaría de Salud", Sector.InstanciaEjecutora),
                ("Lic. Rosa Elvira Tamez Ochoa", "Instituto de las Personas con Discapacidad", Sector.InstanciaEjecutora),
                ("C. Mauricio Landa Serrano", "Red Comunitaria Salud para Todos, A.C.", Sector.SociedadCivil),
                ("Psic. Olga Quiroz Medina", "Colectivo Cuidar", Sector.SociedadCivil),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_coordinator_alone_over_a_rule_is_no_attendance_list()
    {
        var acta = Extract(Body);

        Assert.Empty(acta.Attendance);
        Assert.Equal("Irene Cabrera Lozano", acta.Coordinator?.Name.Replace("Dra. ", ""));
    }

    [Fact]
    public void A_bare_heading_the_gazetteer_knows_as_a_body_opens_the_next_group()
    {
        // Word: each group's blocks in a one-row table of their own, the group's heading a paragraph between the tables,
        // "SECRETARÍA EJECUTIVA" written bare, so it reads as a body too.
        var acta = Extract(
            [
                .. Body,
                P("ORGANIZACIONES CIVILES", ParagraphRole.Heading),
                new Table([new TableRow([Cell(0, Rule, "C. Julián Ortega Baños", "Tesorero", "Unión de Vecinos de Santa Cruz, A.C."), Cell(1)])], 2, true, At()),
                P("SECRETARÍA EJECUTIVA", ParagraphRole.Heading),
                new Table([new TableRow([Cell(0, Rule, "Mtra. Celia Fuentes Araiza", "Enlace de seguimiento", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación"), Cell(1)])], 2, true, At()),
            ]);

        Assert.Equal(
            [
                ("C. Julián Ortega Baños", "Unión de Vecinos de Santa Cruz, A.C.", Sector.SociedadCivil),
                ("Mtra. Celia Fuentes Araiza", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
