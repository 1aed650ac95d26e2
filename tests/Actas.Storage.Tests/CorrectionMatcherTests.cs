using Actas.Storage.Labels;

namespace Actas.Storage.Tests;

public sealed class CorrectionMatcherTests
{
    [Fact]
    public void Two_identical_items_keep_their_own_corrections_and_the_goal_code_breaks_ties()
    {
        FeedbackItemKey Key(long id, string? goal, string text = "hace falta informar") => new(id, 520, goal, text);

        var matches = CorrectionMatcher.Match(
            [Key(1, "520.1"), Key(2, "520.2"), Key(3, "520.1", "otro texto")],
            [Key(10, "520.2"), Key(11, "520.1"), Key(12, "520.3", "otro texto"), Key(13, "520.1", "hace falta informar")]);

        Assert.Equal([(1L, 11L), (2L, 10L), (3L, 12L)], matches.OrderBy(m => m.Key).Select(m => (m.Key, m.Value)));
    }

    [Fact]
    public void Items_already_taken_and_rows_without_a_key_find_no_match_and_the_rest_match_in_order()
    {
        FeedbackItemKey Key(long id, string? goal, string text = "hace falta informar") => new(id, 520, goal, text);

        var matches = CorrectionMatcher.MatchEach(
            [Key(1, "520.1"), null, Key(2, "520.1"), Key(3, "520.1")],
            [Key(10, "520.1"), Key(11, "520.2"), Key(12, "520.1")],
            taken: [12]);

        Assert.Equal([10L, null, 11L, null], matches);
    }
}
