using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Attendance answered in a questionnaire's numbered slots, one question per field of each person, with the slots
/// nobody filled printed empty.
/// </summary>
public sealed class AttendanceSlotsTests
{
    private static TableRow Answer(string question, string answer) =>
        new([new TableCell(0, 1, [question]), new TableCell(1, 1, answer.Length == 0 ? [] : [answer])]);

    [Fact]
    public void Slots_of_a_questionnaire_are_read_as_one_attendee_each()
    {
        var acta = Extract(
            P("Quinta sesión ordinaria del Espacio de Participación del Derecho al Agua, 7 de febrero de 2023", ParagraphRole.Heading),
            P("ASISTENCIA", ParagraphRole.Heading),
            new Table(
                [
                    Answer("Q7_1 Personas presentes: [Participante 1] [Nombre completo]", "Rosa Elvira Tapia Luna"),
                    Answer("Q7_2 Personas presentes: [Participante 1] [Institución u organización]", "Sistema de Aguas de la Ciudad de México"),
                    Answer("Q7_3 Personas presentes: [Participante 1] [Sector]", "Instancia ejecutora"),
                    Answer("Q8_1 Personas presentes: [Participante 2] [Nombre completo]", "Gerardo Muñiz Olvera"),
                    Answer("Q8_2 Personas presentes: [Participante 2] [Institución u organización]", "Colectivo Agua Viva, A.C."),
                    Answer("Q8_3 Personas presentes: [Participante 2] [Sector]", "Sociedad civil"),
                    Answer("Q9_1 Personas presentes: [Participante 3] [Nombre completo]", ""),
                    Answer("Q9_2 Personas presentes: [Participante 3] [Institución u organización]", ""),
                    Answer("Q9_3 Personas presentes: [Participante 3] [Sector]", ""),
                ],
                2,
                true,
                At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(
            [("Rosa Elvira Tapia Luna", "Sistema de Aguas de la Ciudad de México", Sector.InstanciaEjecutora), ("Gerardo Muñiz Olvera", "Colectivo Agua Viva, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }
}
