using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A report that says the body did not report, then after a semicolon why (no figure), is no report.</summary>
public sealed class DenialThenReasonTests
{
    [Theory]
    [InlineData("La Procuraduría Social no entregó informe sobre esta meta; explicó que el área cambió de titular.")]
    [InlineData("El Instituto de Vivienda no presentó informe; su enlace dijo que lo mandará la semana próxima.")]
    [InlineData("La Secretaría de Desarrollo Urbano y Vivienda no envió informe.")]
    public void A_denial_then_its_reason_gives_no_report(string cell) =>
        Assert.True(StrategyInterpreter.SaysNotReported(cell));

    [Theory]
    [InlineData("La Procuraduría Social no entregó informe escrito; expuso que atendió 48 quejas vecinales.")]
    [InlineData("La Procuraduría Social presentó informe; se atendieron quejas vecinales en todas las colonias.")]
    public void A_figure_after_the_semicolon_or_no_denial_is_a_report(string cell) =>
        Assert.False(StrategyInterpreter.SaysNotReported(cell));
}
