using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// What hangs after a remark or a no-report sentence without being its content: the speaker in parentheses after the
/// remark's stop, and where or about what a body did not report.
/// </summary>
public sealed class RemarkTailsTests
{
    [Theory]
    [InlineData("Falta el desglose por alcaldía de las personas atendidas. (Colectivo Luz Verde)", "Falta el desglose por alcaldía de las personas atendidas.")]
    [InlineData("¿Cuántas becas se entregaron en Tláhuac? (Red Ciudadana de Madres Cuidadoras).", "¿Cuántas becas se entregaron en Tláhuac?")]
    public void A_speaker_in_parentheses_after_the_stop_is_not_the_remark(string remark, string text) =>
        Assert.Equal(text, SpeakerTag.Strip(remark));

    [Theory]
    [InlineData("Se pide revisar el padrón (Anexo 2).")]
    [InlineData("Se pide revisar el padrón de la SIBISO (Secretaría de Inclusión).")]
    public void A_parenthesis_inside_the_sentence_or_with_a_figure_stays(string remark) =>
        Assert.Equal(remark, SpeakerTag.Strip(remark));

    [Theory]
    [InlineData("El DIF no remitió avance respecto de esta meta en la sesión.")]
    [InlineData("La Secretaría de Cultura no presentó informe sobre la meta en el trimestre.")]
    public void Where_and_about_what_a_body_did_not_report_is_no_report(string cell) =>
        Assert.True(StrategyInterpreter.SaysNotReported(cell));

    [Fact]
    public void A_reason_after_the_scope_is_still_read_as_words_of_a_report() =>
        Assert.False(StrategyInterpreter.SaysNotReported("La Alcaldía no envió informe de esta meta en la sesión porque cambió de titular y de enlace."));
}
