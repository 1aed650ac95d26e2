using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A sentence's last word that a line wrapped alone, in lower case and closed by its stop ("asistentes.", "acuerdos."), is no
/// section heading of that name: the strategy it stands in goes on under it.
/// </summary>
public sealed class WrappedHeadingWordTests
{
    private static SectionKind? Kind(string text) =>
        SectionDetector.Classify(new Row([new RowCell(0, 1, [text])], At(), null, true, ParagraphRole.Body));

    [Theory]
    [InlineData("asistentes.")]
    [InlineData("acuerdos.")]
    [InlineData("personas participantes.")]
    public void A_wrapped_last_word_opens_no_section(string text) =>
        Assert.Null(Kind(text));

    [Theory]
    [InlineData("Asistentes.", SectionKind.Attendance)]
    [InlineData("ACUERDOS.", SectionKind.Agreements)]
    [InlineData("asistentes:", SectionKind.Attendance)]
    public void A_heading_keeps_its_section(string text, SectionKind kind) =>
        Assert.Equal(kind, Kind(text));

    [Fact]
    public void The_goal_fields_after_a_wrapped_heading_word_stay_in_the_strategy()
    {
        var acta = ExtractPdf(
            P("ACTA DE LA CUARTA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DE DERECHOS CULTURALES"),
            P("FECHA: 3 de mayo de 2017"),
            P("ESTRATEGIA 417.- Ampliar la oferta de talleres en casas de cultura."),
            P("META 417.1.- Impartir talleres de oficios en las casas de cultura."),
            P("INDICADOR: Número de talleres impartidos y de personas"),
            P("asistentes."),
            P("RESPONSABLE: Secretaría de Cultura."),
            P("INFORME: Se impartieron 14 talleres de encuadernación."),
            P("META 417.2.- Equipar los talleres de las casas de cultura."),
            P("INFORME: No se presentó informe."),
            P("ACUERDOS"),
            P("1.- La Secretaría de Cultura enviará el calendario de talleres."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("417.1", ReportStatus.Reported), ("417.2", ReportStatus.NotReported)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus)));
        Assert.Equal("Número de talleres impartidos y de personas asistentes.", strategy.Goals[0].Indicator);
        Assert.Contains(strategy.Figures, f => f is { Value: 14, Unit: "talleres" });
    }
}
