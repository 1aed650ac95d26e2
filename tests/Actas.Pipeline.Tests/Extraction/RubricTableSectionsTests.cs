using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A whole minuta as one rubric table (label cell | value cell): the rubric that names the attendance is its heading, so the
/// session's own rubrics above it are no people, and a later agenda point's rubric ends the last goal, so its value is no
/// observation of that goal.
/// </summary>
public sealed class RubricTableSectionsTests
{
    private static TableRow Rubric(string label, params string[] value) => new([new TableCell(0, 1, [label]), new TableCell(1, 1, value)]);

    private static Model.Acta Read() => Extract(
        P("FICHA DE LA REUNIÓN", ParagraphRole.Heading),
        new Table(
        [
            Rubric("Reunión", "Cuarta reunión ordinaria de 2021"),
            Rubric("Fecha", "08/06/2021"),
            Rubric("Lugar", "Auditorio de la Secretaría de Movilidad, colonia Centro"),
            Rubric("Facilitación", "Ofelia Garduño Ríos, Coordinadora del Espacio"),
            Rubric(
                "Personas asistentes",
                "Instancias ejecutoras",
                "Ing. Saúl Ibarra Montes, Director de Planeación, Secretaría de Movilidad.",
                "Lic. Teresa Lomelí Cruz, Enlace, Secretaría de Obras y Servicios.",
                "Sociedad civil",
                "C. Joel Arriaga Vidal, Vocero, Ciclistas Urbanos del Oriente, A.C."),
            Rubric("Orden del día", "1. Asistencia. 2. Seguimiento de metas. 3. Asuntos generales. 4. Acuerdos."),
            Rubric("Estrategia 610", "Mejorar la seguridad vial en los cruces escolares"),
            Rubric("Meta 610.1", "Balizar cruces seguros frente a primarias"),
            Rubric("Informe de la instancia", "Se balizaron 88 cruces frente a primarias de Iztacalco."),
            Rubric("Observaciones", "Joel Arriaga Vidal (Ciclistas Urbanos del Oriente, A.C.): Faltan los cruces del turno vespertino."),
            Rubric("Asuntos generales", "Ninguno."),
        ], 2, true, At()),
        P("ACUERDOS", ParagraphRole.Heading),
        P("1. La Secretaría de Movilidad enviará el listado de cruces balizados."));

    [Fact]
    public void The_session_rubrics_above_the_attendance_rubric_are_no_people()
    {
        var acta = Read();

        // Surnames only: the honorifics of "Name, post, body." lines are another rule's matter.
        Assert.Equal(["Ibarra Montes", "Lomelí Cruz", "Arriaga Vidal"], acta.Attendance.Select(a => string.Join(' ', a.Name.Split(' ')[^2..])));
    }

    [Fact]
    public void A_later_agenda_point_rubric_is_no_observation_of_the_last_goal()
    {
        var acta = Read();

        var feedback = Assert.Single(Assert.Single(acta.Strategies).Feedback);
        Assert.Equal("Faltan los cruces del turno vespertino.", feedback.Text);
    }

    private static Model.Acta ReadSectorRubrics() => Extract(
        new Table(
        [
            new TableRow([new TableCell(0, 2, ["MINUTA DE LA TERCERA REUNIÓN ORDINARIA"])]),
            Rubric("Reunión", "Tercera reunión ordinaria"),
            Rubric("Fecha", "jueves 14 de marzo de 2019"),
            Rubric("Lugar", "Sala de juntas de la Secretaría de Cultura"),
            Rubric("Presentes: instancias ejecutoras",
                "Mtra. Irene Solís Vargas, Directora de Fomento, Secretaría de Cultura",
                "Ing. Raúl Cid Paredes, Jefe de Unidad, Secretaría de Obras y Servicios"),
            Rubric("Presentes: sociedad civil", "C. Nidia Reyes Olguín, Tesorera, Red de Cineclubes Barriales, A.C."),
            Rubric("Estrategia 402", "Ampliar la oferta cultural en colonias de alta marginación"),
            Rubric("Meta 402.1", "Abrir salas comunitarias de proyección", "Informe: Se abrieron 9 salas en Iztapalapa."),
            Rubric("Acuerdos",
                "La Secretaría de Cultura enviará el calendario de funciones.",
                "La cuarta reunión ordinaria se realizará el jueves 9 de mayo de 2019."),
            Rubric("Relatoría", "Lic. Olga Ferrer Díaz, Enlace de la Secretaría Ejecutiva"),
        ], 2, true, At()));

    [Fact]
    public void An_attendance_rubric_that_names_a_sector_gives_its_people_that_sector()
    {
        var acta = ReadSectorRubrics();

        Assert.Equal(
            [("Solís Vargas", Model.Sector.InstanciaEjecutora), ("Cid Paredes", Model.Sector.InstanciaEjecutora), ("Reyes Olguín", Model.Sector.SociedadCivil)],
            acta.Attendance.Select(a => (string.Join(' ', a.Name.Split(' ')[^2..]), a.Sector)));
    }

    [Fact]
    public void The_agreements_rubric_lists_one_agreement_per_paragraph_and_a_sign_off_row_ends_them()
    {
        var acta = ReadSectorRubrics();

        Assert.Equal(
            ["La Secretaría de Cultura enviará el calendario de funciones.", "La cuarta reunión ordinaria se realizará el jueves 9 de mayo de 2019."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2019-05-09", acta.NextSession?.Date);
    }
}
