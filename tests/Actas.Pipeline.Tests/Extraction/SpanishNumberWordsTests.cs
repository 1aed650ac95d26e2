using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class SpanishNumberWordsTests
{
    [Theory]
    [InlineData("ochenta y un", 81)]
    [InlineData("veintisiete", 27)]
    [InlineData("dos mil dieciocho", 2018)]
    [InlineData("mil doscientos cuarenta y ocho", 1248)]
    [InlineData("doce", 12)]
    [InlineData("ciento cinco", 105)]
    [InlineData("veintiún", 21)]
    public void Words_parse_to_values(string words, int expected)
    {
        Assert.Equal(expected, SpanishNumberWords.Parse(words));
    }

    [Theory]
    [InlineData("personas")]
    [InlineData("doce personas")]
    [InlineData("")]
    public void Phrases_that_are_not_only_a_number_give_null(string words)
    {
        Assert.Null(SpanishNumberWords.Parse(words));
    }
}
