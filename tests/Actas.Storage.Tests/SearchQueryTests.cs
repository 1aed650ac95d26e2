using Actas.Storage.Queries;

namespace Actas.Storage.Tests;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("no reportó", "\"no\" \"reportó\"")]
    [InlineData("no-reportó", "\"no\" \"reportó\"")]
    [InlineData("\"datos duros\" OR NOT", "\"datos\" \"duros\" \"OR\" \"NOT\"")]
    [InlineData("520.1", "\"520\" \"1\"")]
    public void User_text_becomes_quoted_words(string text, string fts) => Assert.Equal(fts, SearchQuery.ToFts(text));

    [Theory]
    [InlineData("")]
    [InlineData(" -- * ")]
    public void Text_without_words_is_no_query(string text) => Assert.Null(SearchQuery.ToFts(text));
}
