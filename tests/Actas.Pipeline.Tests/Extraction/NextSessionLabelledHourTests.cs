using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A form that asks the next meeting's date and then, on a line of its own, its hour.</summary>
public sealed class NextSessionLabelledHourTests
{
    [Fact]
    public void The_hour_asked_after_the_next_meeting_date_is_its_start_time()
    {
        var acta = Extract(
            P("Tercera sesión ordinaria del Espacio de Participación del Derecho al Agua, 9 de mayo de 2023", ParagraphRole.Heading),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría Ejecutiva enviará la minuta a las personas asistentes."),
            P("PRÓXIMA SESIÓN", ParagraphRole.Heading),
            P("Fecha de la próxima sesión: 13/06/2023"),
            P("Hora de la próxima sesión: 10:30"),
            P("Modalidad de la próxima sesión: presencial"));

        Assert.NotNull(acta.NextSession);
        Assert.Equal(("2023-06-13", "10:30"), (acta.NextSession.Date, acta.NextSession.StartTime));
    }
}
