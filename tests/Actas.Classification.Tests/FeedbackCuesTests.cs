using Actas.Classification.Text;

namespace Actas.Classification.Tests;

public sealed class FeedbackCuesTests
{
    [Theory]
    [InlineData("La SEDESA refiere que las brigadas continúan en las 16 alcaldías.")]
    [InlineData("El Instituto de las Mujeres comenta que ya envió el oficio.")]
    [InlineData("La instancia señala que no cuenta con presupuesto para la meta.")]
    public void An_institution_followed_by_a_reporting_verb_is_marked_as_the_institution_speaking(string text) =>
        Assert.Contains("cuehablainstancia", FeedbackCues.Mark(text).Split(' '));

    [Theory]
    [InlineData("El Espacio señala que la acción no corresponde a la meta.")]
    [InlineData("Se menciona que la actividad abona a otra estrategia.")]
    public void The_espacio_or_an_impersonal_se_is_not_the_institution_speaking(string text) =>
        Assert.DoesNotContain("cuehablainstancia", FeedbackCues.Mark(text).Split(' '));

    [Fact]
    public void Requests_negation_and_an_acknowledgement_followed_by_a_request_are_marked_without_accents()
    {
        var cues = FeedbackCues.Mark("Se reconoce el esfuerzo, sin embargo es necesario que la Alcaldia informe cuantas personas asistieron; falta la desagregacion.").Split(' ');

        Assert.Contains("cuenecesario", cues);
        Assert.Contains("cuefalta", cues);
        Assert.Contains("cueneg", cues);
        Assert.Contains("cuereconocepide", cues);
    }

    [Fact]
    public void An_empty_text_has_no_cues() => Assert.Equal("", FeedbackCues.Mark("  "));
}
