using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The next meeting's hour given apart from the line that first fixes its date: in another row of a form that names the
/// meeting again, or in the label | value rows of a grid under a "Próxima sesión" heading.
/// </summary>
public sealed class NextSessionHourElsewhereTests
{
    private static readonly LayoutBlock Title = P("Tercera sesión ordinaria del Espacio de Participación del Derecho al Agua, 9 de mayo de 2023", ParagraphRole.Heading);

    [Fact]
    public void A_form_row_that_names_the_meeting_again_gives_its_hour()
    {
        var acta = Extract(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            T(["#", "Acuerdo", "Responsable", "Plazo"],
              ["1", "El SACMEX traerá el informe de la meta 611.3 a la próxima sesión.", "SACMEX", "13/06/2023"]),
            T(["Siguiente reunión:", "13/06/2023", "Horario:", "16:30"],
              ["Lugar:", "Sala 2", "Elaboró:", "Marta Ruiz Peña"]));

        Assert.NotNull(acta.NextSession);
        Assert.Equal(("2023-06-13", "16:30"), (acta.NextSession.Date, acta.NextSession.StartTime));
    }

    [Fact]
    public void Another_day_named_with_an_hour_gives_the_meeting_no_hour()
    {
        var acta = Extract(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            T(["#", "Acuerdo", "Responsable", "Plazo"],
              ["1", "El SACMEX traerá el informe de la meta 611.3 a la próxima sesión.", "SACMEX", "13/06/2023"]),
            P("La próxima sesión extraordinaria, si se requiere, sería el 20/06/2023 a las 09:00."));

        Assert.NotNull(acta.NextSession);
        Assert.Equal(("2023-06-13", (string?)null), (acta.NextSession.Date, acta.NextSession.StartTime));
    }

    [Fact]
    public void A_grid_of_labelled_rows_under_the_heading_gives_hour_and_topics()
    {
        var acta = Extract(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría Ejecutiva enviará la minuta a las personas asistentes."),
            T(["Siguiente reunión"],
              ["Día", "13/06/2023"],
              ["Hora", "16:30"],
              ["Lugar", "La misma sala"],
              ["Asuntos", "Estrategias 611 y 614"]));

        Assert.NotNull(acta.NextSession);
        Assert.Equal(("2023-06-13", "16:30"), (acta.NextSession.Date, acta.NextSession.StartTime));
        Assert.Equal(new[] { 611, 614 }, acta.NextSession.Strategies);
    }
}
