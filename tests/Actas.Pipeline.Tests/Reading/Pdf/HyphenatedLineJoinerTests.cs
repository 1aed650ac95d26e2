using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>A justified text hyphenated at line ends: the word's two pieces are one word again when that is a word.</summary>
public sealed class HyphenatedLineJoinerTests
{
    private static readonly HashSet<string> Document = ["el", "comité", "revisó", "la", "información", "teórico", "práctico", "taller", "un"];

    [Fact]
    public void A_word_the_document_writes_whole_elsewhere_is_joined_back()
    {
        Assert.Equal("El Comité revisó la información recibida", HyphenatedLineJoiner.Join(["El Comité revisó la infor-", "mación recibida"], Document));
    }

    [Fact]
    public void A_piece_that_is_no_word_of_the_document_is_a_syllable_and_is_joined()
    {
        Assert.Equal("la Coordinadora Zamudio", HyphenatedLineJoiner.Join(["la Coordina-", "dora Zamudio"], Document));
    }

    [Fact]
    public void A_compound_whose_second_part_is_a_word_and_whose_whole_form_never_occurs_keeps_its_hyphen()
    {
        Assert.Equal("un taller teórico- práctico", HyphenatedLineJoiner.Join(["un taller teórico-", "práctico"], Document));
    }

    [Fact]
    public void A_line_that_ends_in_a_dash_before_a_capital_is_not_joined()
    {
        Assert.Equal("Sesión 4 - Informe", HyphenatedLineJoiner.Join(["Sesión 4 -", "Informe"], Document));
    }

    [Fact]
    public void The_piece_after_a_hyphenated_line_end_is_no_word_of_its_own()
    {
        Assert.Equal(["la", "información", "del"], HyphenatedLineJoiner.WordsOf("la información del comi-"));
    }
}
