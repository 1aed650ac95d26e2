using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A remark its speaker signs right after a goal's report, behind a typed bullet and with no heading between (blind batch W,
/// W4: a bulletin's "» La Secretaría Ejecutiva: …" under "Lo informado:"): a remark, not more of the report; a body's own
/// "Name of body: figures" under the report stays the report.
/// </summary>
public sealed class RemarkAfterReportTests
{
    private static Acta Minute() => Extract(
        P("Relatoría de la sesión 7 · Espacio del Derecho al Agua", ParagraphRole.Heading),
        P("Fecha: 3 de marzo de 2022"),
        P("Estrategia 811 — Garantizar el abasto en colonias con tandeo"),
        P("Meta 811.1 — Instalar cisternas comunitarias"),
        P("Indicador: Cisternas instaladas"),
        P("Avance reportado: Se instalaron 42 cisternas en Iztapalapa."),
        P("• La Secretaría Ejecutiva: Falta decir cuántas familias usan cada cisterna."),
        P("• Ofelia Carrasco Ruiz (Comité Vecinal Santa Cruz): En la colonia nadie fue consultado sobre la ubicación."),
        P("Meta 811.2 — Reparar fugas en la red secundaria"),
        P("Avance reportado: Se repararon 310 fugas."),
        P("Sistema de Aguas: además se sustituyeron 12 kilómetros de tubería."));

    [Fact]
    public void Signed_remarks_under_the_report_are_remarks_without_their_speaker()
    {
        var strategy = Assert.Single(Minute().Strategies);
        var remarks = strategy.Feedback.Select(f => f.Text).ToList();

        Assert.Contains("Falta decir cuántas familias usan cada cisterna.", remarks);
        Assert.Contains("En la colonia nadie fue consultado sobre la ubicación.", remarks);
        Assert.DoesNotContain("cisterna.", strategy.Goals[0].Report?.Replace("42 cisternas", "", StringComparison.Ordinal) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_naming_itself_under_the_report_is_still_the_report()
    {
        var strategy = Assert.Single(Minute().Strategies);

        Assert.Contains("12 kilómetros", strategy.Goals[1].Report ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(strategy.Feedback, f => f.Text.Contains("kilómetros", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("» La Secretaría Ejecutiva: El avance es parcial.", true)]
    [InlineData("Ofelia Carrasco Ruiz (Comité Vecinal): Nadie fue consultado.", false)]
    [InlineData("Sistema de Aguas: se repararon 310 fugas.", null)]
    public void Who_signs_a_remark_after_a_report(string text, bool? secretariat) =>
        Assert.Equal(secretariat, SpeakerTag.RemarkAfterReport(text));
}
