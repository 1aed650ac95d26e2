using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Attendance lists that name each body once and its people under or after it: a body's paragraph over bulleted
/// people, and "Body — Person, Person" lines; under a numbered "Lista de asistencia y declaración de quórum" heading.
/// </summary>
public sealed class BodyFirstAttendanceTests
{
    private static readonly LayoutBlock[] Title =
    [
        P("MINUTA DE LA 5ª SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading),
        P("Fecha: jueves 6 de junio de 2019"),
    ];

    private static readonly LayoutBlock[] Strategy =
    [
        P("Estrategia 300. Ampliar la atención primaria", ParagraphRole.Heading),
        P("Meta 300.1. Abrir centros de salud."),
        P("Informe: Se abrieron 3 centros de salud."),
    ];

    [Fact]
    public void People_bulleted_under_their_body_take_it_until_the_next_body_or_sector()
    {
        var acta = Extract([.. Title,
            P("1. Lista de asistencia y declaración de quórum", ParagraphRole.Heading),
            P("Se pasó lista y se declaró el quórum. Asistieron:"),
            P("Por las instancias ejecutoras:"),
            P("Secretaría de Salud"),
            P("• Dra. Irma Beltrán Ochoa"),
            P("• Lic. Pablo Serrano Quiroz"),
            P("Instituto de las Personas con Discapacidad"),
            P("• Mtro. Omar Fuentes Rincón"),
            P("Por otras instancias públicas:"),
            P("Comisión de Derechos Humanos de la Ciudad de México"),
            P("• Lic. Clara Ibáñez Moya"),
            P("Por las organizaciones de la sociedad civil:"),
            P("Red por la Salud Comunitaria, A.C."),
            P("• C. Lucía Montes Arriaga"),
            .. Strategy]);

        Assert.Equal(
            [("Dra. Irma Beltrán Ochoa", "Secretaría de Salud", Sector.InstanciaEjecutora), ("Lic. Pablo Serrano Quiroz", "Secretaría de Salud", Sector.InstanciaEjecutora),
             ("Mtro. Omar Fuentes Rincón", "Instituto de las Personas con Discapacidad", Sector.InstanciaEjecutora),
             ("Lic. Clara Ibáñez Moya", "Comisión de Derechos Humanos de la Ciudad de México", Sector.Otro),
             ("C. Lucía Montes Arriaga", "Red por la Salud Comunitaria, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name.TrimStart('•', ' '), a.Institution, a.Sector)));
    }

    [Fact]
    public void A_body_then_a_dash_then_its_people_is_one_line_per_body()
    {
        var acta = Extract([.. Title,
            P("1. Participantes", ParagraphRole.Heading),
            P("Gobierno de la Ciudad de México"),
            P("Secretaría de Salud — Dra. Irma Beltrán Ochoa, Lic. Pablo Serrano Quiroz"),
            P("Sociedad civil"),
            P("Red por la Salud Comunitaria, A.C. — C. Lucía Montes Arriaga y Mtro. Abel Cruz Peña"),
            P("Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación"),
            P("Secretaría Ejecutiva — Lic. Noemí Vidal Tapia"),
            P("2. Desarrollo de la reunión", ParagraphRole.Heading),
            .. Strategy]);

        Assert.Equal(
            [("Dra. Irma Beltrán Ochoa", "Secretaría de Salud", Sector.InstanciaEjecutora), ("Lic. Pablo Serrano Quiroz", "Secretaría de Salud", Sector.InstanciaEjecutora),
             ("C. Lucía Montes Arriaga", "Red por la Salud Comunitaria, A.C.", Sector.SociedadCivil), ("Mtro. Abel Cruz Peña", "Red por la Salud Comunitaria, A.C.", Sector.SociedadCivil),
             ("Lic. Noemí Vidal Tapia", "Secretaría Ejecutiva", Sector.SecretariaEjecutiva)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_name_run_into_its_body_is_no_body_over_the_people_below()
    {
        // A PDF line "Name Body" over "Name" ¶ "Body": names first, each body after its name.
        var acta = Extract([.. Title,
            P("ASISTENCIA", ParagraphRole.Heading),
            P("Lic. Ramiro Tello Ugalde Secretaría de Desarrollo Urbano y Vivienda"),
            P("Mtra. Elsa Garduño Pinto"),
            P("Consejería Jurídica y de Servicios Legales"),
            .. Strategy]);

        Assert.Equal(["SEDUVI", "CEJUR"], acta.Attendance.Select(a => a.InstitutionKey));
        Assert.Equal("Mtra. Elsa Garduño Pinto", acta.Attendance[1].Name);
    }

    [Fact]
    public void A_card_of_a_body_over_its_bulleted_people_in_one_paragraph_gives_each_person_the_body()
    {
        // A PDF reads a bold body over its bulleted people as one paragraph whose lines are the card's lines.
        static Paragraph Card(params string[] lines) => P(string.Join(' ', lines)) with { Lines = lines };
        var acta = Extract([.. Title,
            P("ASISTENCIA", ParagraphRole.Heading),
            P("Por las instancias ejecutoras:"),
            Card("Secretaría de Salud", "• Dra. Irma Beltrán Ochoa", "• Lic. Pablo Serrano Quiroz"),
            Card("Instituto de las Personas con Discapacidad", "• Mtro. Omar Fuentes Rincón"),
            .. Strategy]);

        Assert.Equal(
            [("Dra. Irma Beltrán Ochoa", "Secretaría de Salud"), ("Lic. Pablo Serrano Quiroz", "Secretaría de Salud"),
             ("Mtro. Omar Fuentes Rincón", "Instituto de las Personas con Discapacidad")],
            acta.Attendance.Select(a => (a.Name, a.Institution)));
    }

    [Fact]
    public void A_body_then_a_colon_then_its_people_under_a_sector_heading()
    {
        var acta = Extract([.. Title,
            P("Asistentes", ParagraphRole.Heading),
            P("Instancias ejecutoras"),
            P("SEDESA: Irma Beltrán Ochoa, Pablo Serrano Quiroz"),
            P("SSC – Policía de Proximidad: Omar Fuentes Rincón"),
            P("Sociedad civil"),
            P("Salud Digna Ya: Comité Vecinal: Lucía Montes Arriaga"),
            .. Strategy]);

        Assert.Equal(
            [("Irma Beltrán Ochoa", "SEDESA", Sector.InstanciaEjecutora), ("Pablo Serrano Quiroz", "SEDESA", Sector.InstanciaEjecutora),
             ("Omar Fuentes Rincón", "SSC – Policía de Proximidad", Sector.InstanciaEjecutora),
             ("Lucía Montes Arriaga", "Salud Digna Ya: Comité Vecinal", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_sentence_per_body_under_a_representation_lead_gives_its_people_without_their_posts()
    {
        // "En representación de …:" leads the sector; each body's sentence names its people, each followed by a post.
        var acta = Extract([.. Title,
            P("ASISTENTES", ParagraphRole.Heading),
            P("En representación de las instancias ejecutoras:"),
            P("Por el Instituto de Vivienda acudieron: Arq. Sonia Lugo Pérez, Subdirectora de Proyectos y Obra; Ing. Tomás Rivera Solís, Enlace, e Ing. Rita Anaya Cruz, Asesora."),
            P("Por la Secretaría de Salud participó: Dr. Ramiro Pineda Gil, Coordinador de Hospitales."),
            P("En representación de la sociedad civil:"),
            P("Por el Colectivo Vecinos de Tacuba asistió: Sr. Benito Zúñiga Ortiz, vocero."),
            .. Strategy]);

        Assert.Equal(
            [("Sonia Lugo Pérez", "Instituto de Vivienda", Sector.InstanciaEjecutora), ("Tomás Rivera Solís", "Instituto de Vivienda", Sector.InstanciaEjecutora),
             ("Rita Anaya Cruz", "Instituto de Vivienda", Sector.InstanciaEjecutora),
             ("Ramiro Pineda Gil", "Secretaría de Salud", Sector.InstanciaEjecutora),
             ("Benito Zúñiga Ortiz", "Colectivo Vecinos de Tacuba", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
