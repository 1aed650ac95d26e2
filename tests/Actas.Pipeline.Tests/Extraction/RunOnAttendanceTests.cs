using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Attendance written as runs of people after a sector label (in the opening paragraphs of a stenographic version,
/// or in the cell beside the label), as soft-broken lines of one paragraph, and in tables whose institution cell is
/// merged down over its people.
/// </summary>
public sealed class RunOnAttendanceTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("VERSIÓN ESTENOGRÁFICA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
        P("En la Ciudad de México, siendo las once horas del martes 9 de abril de 2019, se reunieron las personas integrantes del Espacio con la asistencia siguiente:"),
    ];

    private static readonly LayoutBlock[] Strategy =
    [
        P("Estrategia 140. Ampliar la vivienda social", ParagraphRole.Heading),
        P("Meta 140.1. Se otorgan créditos de vivienda."),
        P("Informe: Se otorgaron 120 créditos."),
    ];

    [Fact]
    public void Comma_separated_people_after_a_sector_label_in_the_opening_paragraphs_are_the_attendance()
    {
        var acta = Extract([.. Opening,
            P("Por parte de las dependencias: Arq. Tomás Lara Vidal (INVI), Lic. Nora Pineda Salas (Alcaldía Tlalpan, Dirección de Desarrollo Urbano) e Ing. Saúl Mena Ortiz (SEDUVI)."),
            P("Por las organizaciones civiles: Rosa Vela Ibarra (Casa y Ciudad, Coalición Hábitat México) y Joel Mora Páez (Techo, A.C.)."),
            P("Por la Secretaría Ejecutiva:\tLic. Inés Roldán Cota, enlace del Espacio."),
            .. Strategy]);

        Assert.Equal(
            [("Arq. Tomás Lara Vidal", Sector.InstanciaEjecutora, "INVI"), ("Lic. Nora Pineda Salas", Sector.InstanciaEjecutora, "ALC-TLALPAN"),
             ("Ing. Saúl Mena Ortiz", Sector.InstanciaEjecutora, "SEDUVI"), ("Rosa Vela Ibarra", Sector.SociedadCivil, (string?)null),
             ("Joel Mora Páez", Sector.SociedadCivil, null), ("Lic. Inés Roldán Cota", Sector.SecretariaEjecutiva, "SE-PDHCDMX")],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
        Assert.Equal("Casa y Ciudad, Coalición Hábitat México", acta.Attendance[3].Institution);
    }

    [Fact]
    public void People_named_with_an_article_and_their_body_after_de_la_in_a_sentence_opening_the_paragraph()
    {
        var acta = Extract([.. Opening,
            P("Asistieron las personas que se indican. Por las instancias ejecutoras: la Arq. Nora Pineda Salas, del Instituto de Vivienda de la Ciudad de México; el Lic. Tomás Lara Vidal, de la SEDUVI; y el C. Saúl Mena Ortiz, de la Alcaldía Tlalpan. Por la sociedad civil: la C. Rosa Vela Ibarra, de Casa y Ciudad, A.C."),
            .. Strategy]);

        Assert.Equal(
            [("Arq. Nora Pineda Salas", Sector.InstanciaEjecutora, "INVI"), ("Lic. Tomás Lara Vidal", Sector.InstanciaEjecutora, "SEDUVI"),
             ("C. Saúl Mena Ortiz", Sector.InstanciaEjecutora, "ALC-TLALPAN"), ("C. Rosa Vela Ibarra", Sector.SociedadCivil, (string?)null)],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
        Assert.StartsWith("Casa y Ciudad, A.C", acta.Attendance[3].Institution);
    }

    [Fact]
    public void Surnames_in_capitals_first_with_the_title_after_and_the_body_after_a_dash()
    {
        var acta = Extract([.. Opening,
            P("Por instancias ejecutoras: LARA VIDAL, Tomás (Arq.) – Instituto de Vivienda de la Ciudad de México; PINEDA SALAS, Nora Elena (Lic.) – Secretaría de Desarrollo Urbano y Vivienda."),
            P("Por sociedad civil: VELA IBARRA, Rosa (C.) – Casa y Ciudad, Coalición Hábitat México."),
            .. Strategy]);

        Assert.Equal(
            [("LARA VIDAL, Tomás", Sector.InstanciaEjecutora, "INVI"), ("PINEDA SALAS, Nora Elena", Sector.InstanciaEjecutora, "SEDUVI"),
             ("VELA IBARRA, Rosa", Sector.SociedadCivil, (string?)null)],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
        Assert.Equal("Casa y Ciudad, Coalición Hábitat México", acta.Attendance[2].Institution);
    }

    [Fact]
    public void A_run_of_people_in_the_paragraph_under_its_sector_heading_gives_each_person_with_their_body()
    {
        var acta = Extract([.. Opening,
            P("Asistencia", ParagraphRole.Heading),
            P("Por las instancias ejecutoras:", ParagraphRole.Heading),
            P("Lic. Tomás Lara Vidal (INVI), Mtra. Nora Pineda Salas (Alcaldía Tlalpan, Dirección de Desarrollo Urbano) y C. Saúl Mena Ortiz (SEDUVI)."),
            P("Organizaciones civiles", ParagraphRole.Heading),
            P("C. Rosa Vela Ibarra (Casa y Ciudad) e Ing. Joel Mora Páez (Techo, A.C.)."),
            .. Strategy]);

        Assert.Equal(
            [("Lic. Tomás Lara Vidal", Sector.InstanciaEjecutora, "INVI"), ("Mtra. Nora Pineda Salas", Sector.InstanciaEjecutora, "ALC-TLALPAN"),
             ("C. Saúl Mena Ortiz", Sector.InstanciaEjecutora, "SEDUVI"), ("C. Rosa Vela Ibarra", Sector.SociedadCivil, (string?)null),
             ("Ing. Joel Mora Páez", Sector.SociedadCivil, null)],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
        Assert.Equal("Techo, A.C.", acta.Attendance[4].Institution);
    }

    [Fact]
    public void Semicolon_runs_keep_people_who_share_a_body_and_a_post_after_a_name_is_not_a_body()
    {
        var people = RunOnAttendance.People("Lic. Ana Ruiz Paz y Mtro. Luis Cano Gil (STyFE); Dra. Eva Soto Lima, Directora de Salud Pública, SEDESA.");
        var byComma = RunOnAttendance.People("Lic. Ana Ruiz Paz, Subdirectora de Enlace, Mtro. Luis Cano Gil (STyFE) y Dra. Eva Soto Lima");

        Assert.Equal([("Lic. Ana Ruiz Paz", (string?)"STyFE"), ("Mtro. Luis Cano Gil", "STyFE"), ("Dra. Eva Soto Lima", "Directora de Salud Pública, SEDESA")], people);
        Assert.Equal([("Lic. Ana Ruiz Paz", (string?)null), ("Mtro. Luis Cano Gil", "STyFE"), ("Dra. Eva Soto Lima", null)], byComma);
    }

    [Fact]
    public void Two_sector_paragraphs_run_together_by_a_pdf_are_read_as_two_groups()
    {
        var groups = RunOnAttendance.Read(
            "Instancias ejecutoras: Arq. Tomás Lara Vidal (INVI) y Lic. Nora Pineda Salas (Dirección: Vivienda Social). " +
            "Por la sociedad civil: Rosa Vela Ibarra (Techo, A.C.). Por la Secretaría Ejecutiva: Lic. Inés Roldán Cota.");

        Assert.Equal(
            [(Sector.InstanciaEjecutora, 2), (Sector.SociedadCivil, 1), (Sector.SecretariaEjecutiva, 1)],
            groups.Select(g => (g.Sector, g.People.Count)));
        Assert.Equal("Por la Secretaría Ejecutiva", groups[2].Label);
        Assert.Empty(RunOnAttendance.Read("Acuerdo: Por la sociedad civil: Rosa Vela Ibarra (Techo, A.C.)."));
    }

    [Fact]
    public void Sector_cell_beside_a_run_of_people_in_a_one_table_acta_gives_each_person()
    {
        var acta = Extract([.. Opening,
            P("ASISTENCIA", ParagraphRole.Heading),
            Table(
                ["Instancias ejecutoras", "Mtra. Julia Ponce Ruiz (INVI), Lic. Raúl Soria Vega (Secretaría de Obras y Servicios)."],
                ["Organizaciones de la sociedad civil", "Marta Gil Ochoa (Hábitat, Vivienda y Territorio, A.C.)"]),
            .. Strategy]);

        Assert.Equal(
            [("Mtra. Julia Ponce Ruiz", Sector.InstanciaEjecutora, "INVI"), ("Lic. Raúl Soria Vega", Sector.InstanciaEjecutora, "SOBSE"),
             ("Marta Gil Ochoa", Sector.SociedadCivil, (string?)null)],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
    }

    [Fact]
    public void Soft_broken_lines_of_one_paragraph_read_as_a_list_under_its_heading()
    {
        var acta = Extract([.. Opening,
            P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
            Lines("Instancias ejecutoras:", "Lic. Irma Gil Soto — INVI", "Mtro. Iván Rey Luna — SEDUVI"),
            Lines("Organizaciones de la sociedad civil:", "Rosa Vela Ibarra — Techo, A.C."),
            P("Secretaría Ejecutiva"),
            Lines("Dra. Celia Ortiz Mena", "Secretaría Ejecutiva del MSyE"),
            .. Strategy]);

        Assert.Equal(
            [("Lic. Irma Gil Soto", Sector.InstanciaEjecutora, "INVI"), ("Mtro. Iván Rey Luna", Sector.InstanciaEjecutora, "SEDUVI"),
             ("Rosa Vela Ibarra", Sector.SociedadCivil, (string?)null), ("Dra. Celia Ortiz Mena", Sector.SecretariaEjecutiva, "SE-PDHCDMX")],
            acta.Attendance.Select(a => (a.Name, a.Sector, a.InstitutionKey)));
    }

    [Fact]
    public void An_institution_cell_merged_down_holds_for_the_people_beside_it()
    {
        var merged = new Table(
            [
                new TableRow([new TableCell(0, 1, ["Institución"]), new TableCell(1, 1, ["Nombre"]), new TableCell(2, 1, ["Cargo"])]),
                new TableRow([new TableCell(0, 1, ["Secretaría de Obras y Servicios"]), new TableCell(1, 1, ["Ing. Saúl Mena Ortiz"]), new TableCell(2, 1, ["Director"])]),
                new TableRow([new TableCell(0, 1, [], ContinuesAbove: true), new TableCell(1, 1, ["Lic. Nora Pineda Salas"]), new TableCell(2, 1, ["Enlace"])]),
                new TableRow([new TableCell(0, 1, [""]), new TableCell(1, 1, ["Joel Mora Páez"]), new TableCell(2, 1, ["Invitado"])]),
            ],
            3, true, At());

        var acta = Extract([.. Opening, P("ASISTENTES", ParagraphRole.Heading), merged, .. Strategy]);

        Assert.Equal(
            [("Ing. Saúl Mena Ortiz", "SOBSE"), ("Lic. Nora Pineda Salas", "SOBSE"), ("Joel Mora Páez", (string?)null)],
            acta.Attendance.Select(a => (a.Name, a.InstitutionKey)));
    }

    [Fact]
    public void A_dot_leader_separates_a_name_from_its_body_even_where_a_pdf_cut_the_row()
    {
        var acta = Extract([.. Opening,
            P("LISTA DE ASISTENCIA", ParagraphRole.Heading),
            P("Instancias ejecutoras"),
            P("Lic. Irma Gil Soto..............................INVI – Dirección de Mejoramiento"),
            Table(["Mtro. Iván Rey", "Luna . . . . . . . . . . SEDUVI"]),
            P("Sociedad civil"),
            P("Rosa Vela Ibarra………Techo, A.C."),
            .. Strategy]);

        Assert.Equal(
            [("Lic. Irma Gil Soto", "INVI – Dirección de Mejoramiento", Sector.InstanciaEjecutora, "INVI"),
             ("Mtro. Iván Rey Luna", "SEDUVI", Sector.InstanciaEjecutora, "SEDUVI"), ("Rosa Vela Ibarra", "Techo, A.C.", Sector.SociedadCivil, (string?)null)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector, a.InstitutionKey)));
    }

    private static Paragraph Lines(params string[] lines) => new(string.Join(' ', lines), ParagraphRole.Body, At(), Lines: lines);

    private static Table Table(params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select((text, i) => new TableCell(i, 1, [text])).ToList())).ToList(), rows.Max(r => r.Length), true, At());
}
