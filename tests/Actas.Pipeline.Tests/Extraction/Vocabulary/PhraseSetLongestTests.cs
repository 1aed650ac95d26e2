using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Vocabulary;
using Xunit;

namespace Actas.Pipeline.Tests.Extraction.Vocabulary;

/// <summary>A phrase set matches the longest phrase that starts the text, whichever order the phrases were declared in.</summary>
public sealed class PhraseSetLongestTests
{
    [Fact]
    public void The_longest_phrase_wins_over_a_longer_pattern_that_stops_early()
    {
        // The first phrase's pattern is the longer one (two optional groups) but matches only "informe" here.
        var set = new PhraseSet("informe[ de la instancia ejecutora][ de avance]", "informe (bimestral|trimestral)");

        Assert.Equal("informe trimestral".Length, set.PrefixLength("informe trimestral de la alcaldia"));
        Assert.Equal("informe de la instancia ejecutora".Length, set.PrefixLength("informe de la instancia ejecutora: se"));
        Assert.Equal(0, set.PrefixLength("informes"));
    }

    [Fact]
    public void A_remark_label_with_the_secretariats_acronym_standing_alone_is_a_label()
    {
        // A spreadsheet's column header "RETROALIMENTACIÓN SE", declared as such in the vocabulary.
        var found = StrategyLabels.Read("Retroalimentación SE");

        Assert.Equal(StrategyField.Feedback, found?.Field);
        Assert.Equal("", found?.Rest);
    }
}
