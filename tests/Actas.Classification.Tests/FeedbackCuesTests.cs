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

    [Theory]
    [InlineData("PGJ solicita que las recomendaciones sean más claras.")]
    [InlineData("El IEMS se compromete a enviar las constancias en la próxima sesión.")]
    [InlineData("La Secretaría de Movilidad explica, que el padrón se actualiza cada año.")]
    [InlineData("Sobre la meta 3.1, la Alcaldia Tlalpan refiere: no le corresponde esa acción.")]
    public void An_institution_saying_something_to_the_espacio_is_the_institution_speaking(string text) =>
        Assert.Contains("cuehablainstancia", FeedbackCues.Mark(text).Split(' '));

    [Theory]
    [InlineData("SEDESA informa 18,420 consultas de primer nivel en los centros varoniles.")]
    [InlineData("Lo que informa SEDUVI que se hizo en los polígonos va en otro Espacio.")]
    [InlineData("La Secretaría Ejecutiva refiere que enviará la minuta.")]
    [InlineData("Comentamos que las credenciales que reporta la STyFE corresponden a la 219.")]
    public void A_report_of_figures_a_relative_clause_or_the_espacio_side_is_not_the_institution_speaking(string text) =>
        Assert.DoesNotContain("cuehablainstancia", FeedbackCues.Mark(text).Split(' '));

    [Theory]
    [InlineData("Las acciones de difusión pueden estar enmarcadas en la estrategia 520, meta 520.2.")]
    [InlineData("La feria de empleo para jóvenes corresponde a la 237.")]
    [InlineData("Lo que informa la SEDUVI sobre vivienda en renta quizá va en el Espacio de Derecho a la Vivienda.")]
    [InlineData("Se recomienda trasladar lo de las azoteas verdes a la estrategia 12.")]
    [InlineData("La jornada abona más a otra estrategia que a la de salud.")]
    public void Placing_the_action_under_another_strategy_goal_or_espacio_is_marked(string text) =>
        Assert.Contains("cuereubica", FeedbackCues.Mark(text).Split(' '));

    [Theory]
    [InlineData("Se reporta el avance de la meta 461.1 con datos desagregados.")]
    [InlineData("Lo que se reporta no corresponde a lo que pide el indicador.")]
    [InlineData("Es necesario que la CI empiece a realizar acciones en la estrategia 12.")]
    [InlineData("El subsidio llegó a 22 mil tomas, un dato que abona a la estrategia 356.")]
    [InlineData("Lo reportado no corresponde a la meta 461.1: son pláticas, no consultas.")]
    public void A_mere_mention_of_a_goal_is_not_a_placement(string text) =>
        Assert.DoesNotContain("cuereubica", FeedbackCues.Mark(text).Split(' '));

    [Theory]
    [InlineData("El bacheo de calles puede estar en la estrategia 665 y no en la 661.", true)]
    [InlineData("Se reportó por error no en la 217 sino en la 219.", true)]
    [InlineData("El protocolo de búsqueda cabe en la meta 235.1, no en la 235.2.", true)]
    [InlineData("Se atendieron 310 personas y no se reporta su alcaldía.", false)]
    public void Two_numbered_strategies_set_against_each_other_are_a_contrast(string text, bool expected) =>
        Assert.Equal(expected, FeedbackCues.Mark(text).Split(' ').Contains("cuecontraste"));

    [Fact]
    public void The_vector_holds_the_weight_at_each_present_cue_and_zero_elsewhere()
    {
        var v = FeedbackCues.Vector("SEDESA refiere que la acción corresponde a la estrategia 520.");

        Assert.Equal(FeedbackCues.Count, v.Length);
        Assert.Equal(FeedbackCues.Names.Count, v.Length);
        Assert.Equal(FeedbackCues.Weight, v[0]);
        Assert.Equal(FeedbackCues.Weight, v[2]);
        Assert.Equal(0f, v[1]);
        Assert.Equal(0f, v[3]);
    }

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
