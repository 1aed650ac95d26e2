using Actas.Classification.Text;

namespace Actas.Classification.Tests;

public sealed class SpanishTextNormalizerTests
{
    private readonly SpanishTextNormalizer _normalizer = SpanishTextNormalizer.Instance;

    [Fact]
    public void Keeps_no_and_folds_accents()
    {
        var tokens = _normalizer.Tokenize("No hay correspondéncia");

        Assert.Contains("no", tokens);
        Assert.Contains(tokens, t => t.StartsWith("correspondenci", StringComparison.Ordinal));
        Assert.All(tokens, t => Assert.True(t.All(char.IsAscii), $"'{t}' is not folded to ASCII"));
    }

    [Theory]
    [InlineData("sin", "Se señala sin definir más")]
    [InlineData("ni", "ni impacto ni personas beneficiadas")]
    [InlineData("muy", "es muy difícil")]
    [InlineData("mas", "que sean más claras")]
    public void Keeps_the_negation_and_degree_words(string expected, string text) =>
        Assert.Contains(expected, _normalizer.Tokenize(text));

    [Fact]
    public void Drops_ordinary_stop_words_and_stems()
    {
        var tokens = _normalizer.Tokenize("Las reuniones ordinarias del Consejo");

        Assert.DoesNotContain("las", tokens);
        Assert.DoesNotContain("del", tokens);
        Assert.Contains("reunion", tokens);
    }

    [Fact]
    public void Negated_and_affirmed_sentences_normalise_differently() =>
        Assert.NotEqual(
            _normalizer.Normalize("Lo que se reporta coincide con la meta"),
            _normalizer.Normalize("Lo que se reporta no coincide con la meta"));

    [Fact]
    public void Empty_text_gives_no_tokens() => Assert.Empty(_normalizer.Tokenize("  "));
}
