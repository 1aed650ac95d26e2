using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A deck's outline sent to Word marks each slide with a line "Diapositiva N" (or "Lámina N", "Slide N"): a boundary that
/// ends the field above, never part of it.
/// </summary>
public sealed class SlideMarkersTests
{
    [Fact]
    public void A_slide_marker_after_a_report_ends_it_and_an_unreported_goal_stays_unreported()
    {
        var acta = Extract(
            P("Lámina 1"),
            P("Tercera Sesión Ordinaria del Espacio de Participación del Derecho a la Educación", ParagraphRole.Heading),
            P("Fecha: 14 de mayo de 2018"),
            P("Lámina 2"),
            P("Estrategia 305. Ampliar las becas de educación media"),
            P("Meta 305.1. Entregar becas a estudiantes de bachillerato"),
            P("Informe: Se entregaron 2,300 becas."),
            P("Lámina 3"),
            P("Estrategia 306. Reducir el abandono escolar"),
            P("Meta 306.1. Dar tutorías en los planteles"),
            P("Informe: No reportó"),
            P("Lámina 4"),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Educación enviará el padrón de becarios."));

        Assert.Equal("Se entregaron 2,300 becas.", acta.Strategies[0].Goals.Single().Report);
        Assert.Null(acta.Strategies[1].Goals.Single().Report);
    }

    [Fact]
    public void A_single_mention_of_a_slide_is_kept()
    {
        var rows = new[] { new Row([new RowCell(0, 1, ["Slide 3"])], At(), null, true, ParagraphRole.Body) };
        Assert.Single(SlideMarkers.Strip(rows));
    }
}
