using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>An INFORME that says the body neither came nor sent anything is no report.</summary>
public sealed class AbsentBodyReportTests
{
    [Theory]
    [InlineData("El INVEA no asistió ni envió información.", true)]
    [InlineData("La Alcaldía Tlalpan no acudió ni remitió su informe.", true)]
    [InlineData("Los DIF no se presentaron ni entregaron reporte.", true)]
    [InlineData("La SEDEMA no asistió ni envió información, pero por correo reportó 12 talleres.", false)]
    [InlineData("La SEDEMA no asistió; su enlace explicó por correo que el programa continúa.", false)]
    public void A_body_that_did_not_come_nor_send_has_no_report(string report, bool none) =>
        Assert.Equal(none, StrategyInterpreter.SaysNotReported(report));
}
