using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Attendance written as running text: "Name (Body), Name (Body) y Name (Body)" per sector, in a paragraph of the
/// opening with no ASISTENCIA heading, or in the second cell of a sector | people table row.
/// </summary>
public sealed class RunOnAttendanceTests
{
    private static readonly LayoutBlock[] Closing =
    [
        P("ACUERDOS", ParagraphRole.Heading),
        P("La Secretaría Ejecutiva enviará la relatoría."),
    ];

    [Fact]
    public void People_separated_by_commas_after_their_bodies_are_each_read_and_commas_inside_a_body_stay()
    {
        var acta = Extract(
        [
            P("QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("En la Ciudad de México, siendo las 10:00 horas del 5 de mayo de 2019, se reunieron las personas integrantes del Espacio, con la asistencia siguiente:"),
            P("Por las instancias ejecutoras: Ing. Rosa Maldonado Ruiz (SACMEX), Lic. Pablo Arenas Soto (Dirección de Agua Potable del SACMEX) y Mtra. Inés Lara Vela (Alcaldía Tlalpan)."),
            P("Por las organizaciones de la sociedad civil: Omar Díaz Peña (Isla Urbana, Captación de Lluvia, A.C.) e Irma Cortés León (Agua para Todos)."),
            .. Closing,
        ]);

        Assert.Equal(
            [
                ("Ing. Rosa Maldonado Ruiz", "SACMEX", Sector.InstanciaEjecutora),
                ("Lic. Pablo Arenas Soto", "Dirección de Agua Potable del SACMEX", Sector.InstanciaEjecutora),
                ("Mtra. Inés Lara Vela", "Alcaldía Tlalpan", Sector.InstanciaEjecutora),
                ("Omar Díaz Peña", "Isla Urbana, Captación de Lluvia, A.C.", Sector.SociedadCivil),
                ("Irma Cortés León", "Agua para Todos", Sector.SociedadCivil),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_sector_cell_beside_its_people_in_running_text_gives_each_person_not_the_sector_as_a_name()
    {
        var acta = Extract(
        [
            P("ACTA DE LA SESIÓN 4/2020 DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 12/03/2020"),
            P("ASISTENCIA", ParagraphRole.Heading),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Gobierno"]), new TableCell(1, 1, ["Ing. Rosa Maldonado Ruiz (SACMEX), Mtra. Inés Lara Vela (Alcaldía Tlalpan, Dirección de Obras)."])]),
                    new TableRow([new TableCell(0, 1, ["OSC"]), new TableCell(1, 1, ["Omar Díaz Peña (Isla Urbana)."])]),
                ],
                2, true, At()),
            .. Closing,
        ]);

        Assert.Equal(
            [
                ("Ing. Rosa Maldonado Ruiz", "SACMEX", Sector.InstanciaEjecutora),
                ("Mtra. Inés Lara Vela", "Alcaldía Tlalpan, Dirección de Obras", Sector.InstanciaEjecutora),
                ("Omar Díaz Peña", "Isla Urbana", Sector.SociedadCivil),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void Each_line_of_a_paragraph_is_a_row_so_a_name_over_its_body_is_one_person_with_that_body()
    {
        var acta = Extract(
        [
            P("ACTA DE LA 12a. SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 04/12/2019"),
            P("Lista de asistencia", ParagraphRole.Heading),
            P("Instancias ejecutoras:\nLic. Pablo Arenas Soto — SACMEX\nMtra. Inés Lara Vela — Alcaldía Tlalpan"),
            P("Organizaciones de la sociedad civil"),
            P("Omar Díaz Peña\nIsla Urbana, Captación de Lluvia, A.C."),
            P("Lucía Fernández Ochoa\nColectiva Cuerpos Libres"),
            P("Secretaría Ejecutiva"),
            P("Lic. Ricardo Montaño Vela\nSecretaría Ejecutiva del MSyE"),
            P("Por la Secretaría Ejecutiva: Lic. Tomás Ibarra Cano, enlace de seguimiento del Espacio."),
            .. Closing,
        ]);

        Assert.Equal(
            [
                ("Lic. Pablo Arenas Soto", "SACMEX", Sector.InstanciaEjecutora),
                ("Mtra. Inés Lara Vela", "Alcaldía Tlalpan", Sector.InstanciaEjecutora),
                ("Omar Díaz Peña", "Isla Urbana, Captación de Lluvia, A.C.", Sector.SociedadCivil),
                ("Lucía Fernández Ochoa", "Colectiva Cuerpos Libres", Sector.SociedadCivil),
                ("Lic. Ricardo Montaño Vela", "Secretaría Ejecutiva del MSyE", Sector.SecretariaEjecutiva),
                ("Lic. Tomás Ibarra Cano", "Secretaría Ejecutiva", Sector.SecretariaEjecutiva),
            ],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
