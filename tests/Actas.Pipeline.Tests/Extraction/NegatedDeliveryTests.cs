using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Any way of saying the body gave nothing is no report: a negation ("no", "tampoco", "aún no", "todavía no") before a verb of
/// delivering in any tense and what was not delivered, "sigue sin …", "omitió …", "sin envío de …".
/// </summary>
public sealed class NegatedDeliveryTests
{
    [Theory]
    [InlineData("No hace llegar su informe.")]
    [InlineData("No proporcionó ninguna información.")]
    [InlineData("Tampoco compartió los datos.")]
    [InlineData("Tampoco reportó.")]
    [InlineData("Aún no ha hecho llegar el reporte.")]
    [InlineData("Todavía no turna la información solicitada.")]
    [InlineData("La Alcaldía Iztacalco no rindió informe.")]
    [InlineData("Sigue sin reportar.")]
    [InlineData("Omitió enviar su reporte trimestral.")]
    [InlineData("Sin envío de informe.")]
    public void A_body_that_gave_nothing_gives_no_report(string cell) =>
        Assert.True(StrategyInterpreter.SaysNotReported(cell));

    [Theory]
    [InlineData("No presenta avances en la construcción de los comedores; se atendieron 310 familias.")]
    [InlineData("Proporcionó la información de 14 jornadas de vacunación.")]
    [InlineData("No compartió los datos de 2019, pero informó que se capacitaron 85 personas.")]
    public void A_report_that_says_what_was_done_is_a_report(string cell) =>
        Assert.False(StrategyInterpreter.SaysNotReported(cell));
}
