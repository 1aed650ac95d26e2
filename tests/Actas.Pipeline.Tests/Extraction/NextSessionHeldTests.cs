using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The next meeting fixed by a future verb after the meeting's name (whatever its number), by the date cell of a
/// commitments table headed with questions, and with its hours written as a calendar writes them.
/// </summary>
public sealed class NextSessionHeldTests
{
    [Fact]
    public void A_meeting_that_will_be_held_on_a_later_date_is_the_next_even_when_its_number_restarts()
    {
        var next = NextSessionFinder.Find(
            ["La Primera Sesión Ordinaria de 2025 se celebrará el jueves 6 de febrero de 2025, a las 10:30 horas, en sede por confirmar."],
            "2024-12-05", 12, announcedOnly: true);

        Assert.Equal(("2025-02-06", "10:30"), (next?.Date, next?.StartTime));
    }

    [Fact]
    public void The_date_of_a_meeting_commitment_in_a_question_headed_table_fixes_the_next_meeting()
    {
        var acta = Extract(
            P("MINUTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL TRABAJO", ParagraphRole.Heading),
            P("Fecha: jueves 10 de octubre de 2024"),
            P("Estrategia 330. Promover el empleo formal", ParagraphRole.Heading),
            P("Meta 330.1. Colocar personas buscadoras de empleo."),
            P("Informe: Se colocaron 1,200 personas."),
            P("Compromisos", ParagraphRole.Heading),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["¿Qué?"]), new TableCell(1, 1, ["¿Quién?"]), new TableCell(2, 1, ["¿Para cuándo?"])]),
                    new TableRow([new TableCell(0, 1, ["Enviar el padrón de personas colocadas."]), new TableCell(1, 1, ["STyFE"]), new TableCell(2, 1, ["25/10/2024"])]),
                    new TableRow([new TableCell(0, 1, ["Celebrar la sexta sesión del Espacio por videoconferencia."]), new TableCell(1, 1, ["Secretaría Ejecutiva"]), new TableCell(2, 1, ["14/11/2024, 16:00 h"])]),
                ],
                3, true, At()));

        Assert.Equal(("2024-11-14", "16:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }

    [Theory]
    [InlineData("9:30 a. m. – 1:45 p. m.", "09:30", "13:45")]
    [InlineData("de 11:00 am a 2:00 pm", "11:00", "14:00")]
    public void Calendar_hours_with_a_meridiem_give_a_24_hour_range(string text, string start, string end)
    {
        Assert.Equal((start, end), ClockTime.FindRange(text));
    }
}
