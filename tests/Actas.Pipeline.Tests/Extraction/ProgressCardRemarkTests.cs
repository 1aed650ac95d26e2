using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A web tracking system's goal card (blind batch AD, AD2): a progress bar with its percentage under a progress label, then the
/// report under its own label, then the remarks each led by who made it, the secretariat by its acronym ("SE:"), behind a "›"
/// or no mark. The bar's percentage is no report and no figure; the remarks are no part of the report.
/// </summary>
public sealed class ProgressCardRemarkTests
{
    private static Acta Minute() => Extract(
        P("Registro de sesión 4 · Espacio del Derecho al Espacio Público", ParagraphRole.Heading),
        P("Fecha: 2 de febrero de 2021"),
        P("Estrategia 833. Recuperar plazas y jardines vecinales"),
        P("Meta 833.1. Rehabilitar jardines de barrio"),
        P("Indicador: Jardines rehabilitados · Responsable: Secretaría de Obras"),
        P("▓▓▓▓▓▓▓░░░ Avance: 70 %"),
        P("Informe: Se rehabilitaron 21 jardines en cuatro alcaldías."),
        P("› SE: Conviene precisar cuántos jardines tienen iluminación nueva."),
        P("› Tomasa Echeverría Lugo: Los vecinos de Santa Úrsula no fueron consultados."),
        P("Meta 833.2. Instalar bebederos"),
        P("Indicador: Bebederos instalados · Responsable: Sistema de Aguas"),
        P("Avance: 0 %"),
        P("Informe: Sin informe."),
        P("SE: Se exhorta al Sistema de Aguas a informar en la próxima sesión."));

    [Fact]
    public void The_bar_reading_is_no_report_and_the_signed_remarks_are_remarks()
    {
        var strategy = Assert.Single(Minute().Strategies);

        Assert.Equal("Se rehabilitaron 21 jardines en cuatro alcaldías.", strategy.Goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, strategy.Goals[1].ReportStatus);
        Assert.DoesNotContain(strategy.Figures, f => f.Value == 70);
        Assert.Equal(
            ["Conviene precisar cuántos jardines tienen iluminación nueva.", "Los vecinos de Santa Úrsula no fueron consultados.",
             "Se exhorta al Sistema de Aguas a informar en la próxima sesión."],
            strategy.Feedback.Select(f => f.Text));
    }

    [Theory]
    [InlineData("› SE: El informe no dice cuántas mujeres participaron.", true)]
    [InlineData("SE: El informe no dice cuántas mujeres participaron.", true)]
    [InlineData("SOBSE: Se rehabilitaron 12 jardines más.", null)]
    public void The_secretariat_by_its_acronym_signs_a_remark(string text, bool? secretariat) =>
        Assert.Equal(secretariat, SpeakerTag.RemarkAfterReport(text));
}
