using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Docx;

namespace Actas.Pipeline.Tests.Reading;

public sealed class WhitespaceCollapserTests
{
    [Theory]
    [InlineData("  Lugar:\u00A0\u00A0 Instalaciones \n", "Lugar: Instalaciones")]
    [InlineData("Lugar: \t \t Instalaciones", "Lugar:\tInstalaciones")]
    [InlineData("\tsangría", "sangría")]
    [InlineData("fin\t", "fin")]
    [InlineData("retroali\u00ADmentación", "retroalimentación")]
    [InlineData("VIGÉSIMA  TERCERA", "VIGÉSIMA TERCERA")]
    public void Whitespace_collapses_and_tabs_survive_between_parts(string input, string expected) =>
        Assert.Equal(expected, WhitespaceCollapser.Collapse(input));

    [Theory]
    [InlineData(1, "decimal", "1")]
    [InlineData(3, "lowerLetter", "c")]
    [InlineData(28, "upperLetter", "BB")]
    [InlineData(4, "lowerRoman", "iv")]
    [InlineData(1994, "upperRoman", "MCMXCIV")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(5, "unknownFormat", "5")]
    public void List_numbers_render_in_word_formats(int value, string format, string expected) =>
        Assert.Equal(expected, ListNumberFormatter.Format(value, format));
}
