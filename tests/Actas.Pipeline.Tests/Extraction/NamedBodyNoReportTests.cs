using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A report cell that only says the named body did not report is no report.</summary>
public sealed class NamedBodyNoReportTests
{
    [Theory]
    [InlineData("La Alcaldía no envió informe.")]
    [InlineData("El Instituto de Vivienda no presentó informe.")]
    [InlineData("La SEDESA no reportó en el periodo.")]
    public void A_body_named_in_a_few_words_that_did_not_report_gives_no_report(string cell) =>
        Assert.True(StrategyInterpreter.SaysNotReported(cell));

    [Theory]
    [InlineData("La Alcaldía no envió informe escrito, pero expuso en la sesión el avance de las podas en parques.")]
    [InlineData("La Alcaldía no envió informe. Se presentaron 12 dictámenes.")]
    public void A_report_that_goes_on_after_saying_so_is_a_report(string cell) =>
        Assert.False(StrategyInterpreter.SaysNotReported(cell));

    [Theory]
    [InlineData("(sin reporte) La Alcaldía explicó que el área cambió de titular y no alcanzó a integrar su información.")]
    [InlineData("(No reportó). La Secretaría dijo que lo enviará por correo.")]
    public void A_status_in_parentheses_before_its_reason_gives_no_report(string cell) =>
        Assert.True(StrategyInterpreter.SaysNotReported(cell));

    [Fact]
    public void A_status_in_parentheses_before_a_figure_is_a_report() =>
        Assert.False(StrategyInterpreter.SaysNotReported("(sin reporte) Se entregaron 40 despensas."));
}
