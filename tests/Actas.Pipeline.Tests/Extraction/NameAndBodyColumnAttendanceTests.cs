using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An attendance table whose one column holds both the person and the body ("Persona y dependencia | Sector"): each cell
/// the name on its first line and the body on the next, as a boxed side table prints them.
/// </summary>
public sealed class NameAndBodyColumnAttendanceTests
{
    private static TableCell C(int column, params string[] lines) => new(column, 1, lines);

    [Fact]
    public void The_first_line_of_a_two_line_cell_is_the_person_and_the_second_the_body()
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([new TableCell(0, 2, ["Personas presentes"])]),
                new TableRow([C(0, "Persona y dependencia"), C(1, "Sector")]),
                new TableRow([C(0, "Gilberto Amador Cisneros", "Sistema de Aguas de la Ciudad de México"), C(1, "Instancia ejecutora")]),
                new TableRow([C(0, "Renata Olvera Pineda", "Vecinos por el Agua de Iztapalapa"), C(1, "Sociedad civil")]),
            ], 2, true, At()),
            P("Fecha: 9 de junio de 2022"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El SACMEX presentará el calendario de pipas."));

        Assert.Equal(["Gilberto Amador Cisneros", "Renata Olvera Pineda"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["Sistema de Aguas de la Ciudad de México", "Vecinos por el Agua de Iztapalapa"], acta.Attendance.Select(a => a.Institution));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }
}
