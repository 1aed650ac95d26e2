using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A boxed attendance table floating beside the session's data: the file holds the box before the "Lugar:", "Hora de
/// inicio:" lines that flow beside it, so the attendance section opens before them; they are still the session's fields.
/// </summary>
public sealed class FieldsBesideBoxHeaderTests
{
    [Fact]
    public void Labelled_lines_right_after_a_box_that_opens_the_attendance_are_the_sessions_fields()
    {
        var acta = Extract(
            P("Minuta de la séptima reunión ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
            new Table(
            [
                new TableRow([new TableCell(0, 2, ["Lista de asistencia"])]),
                new TableRow([new TableCell(0, 1, ["Nombre"]), new TableCell(1, 1, ["Institución"])]),
                new TableRow([new TableCell(0, 1, ["Ramiro Escalante Villa"]), new TableCell(1, 1, ["Instituto de Vivienda de la Ciudad de México"])]),
                new TableRow([new TableCell(0, 1, ["Olga Tinoco Parra"]), new TableCell(1, 1, ["Frente Popular por la Vivienda"])]),
            ], 2, true, At()),
            P("Fecha: 2 de agosto de 2022"),
            P("Hora de inicio: 10:15 horas"),
            P("Sede: Sala de juntas del Instituto de Vivienda, tercer piso"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El INVI enviará el padrón de créditos."));

        Assert.Equal("Sala de juntas del Instituto de Vivienda, tercer piso", acta.Session.Place);
        Assert.Equal("10:15", acta.Session.StartTime);
        Assert.Equal(["Ramiro Escalante Villa", "Olga Tinoco Parra"], acta.Attendance.Select(a => a.Name));
    }
}
