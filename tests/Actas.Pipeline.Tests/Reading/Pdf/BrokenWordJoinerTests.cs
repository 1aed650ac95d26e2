using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Words broken across the lines of a column too narrow for them (10 pt, 5 pt a letter).</summary>
public sealed class BrokenWordJoinerTests
{
    [Theory]
    [InlineData("Esta", "do", 25, "Estado")]
    [InlineData("Comentari", "os", 45, "Comentarios")]
    public void A_word_wider_than_its_column_is_glued_back(string head, string tail, double widest, string expected)
    {
        PdfLine[] lines = [Line(head, 300, 700), Line(tail, 300, 688)];

        Assert.Equal(expected, BrokenWordJoiner.Join(lines, widest));
    }

    [Theory]
    [InlineData("Secretaría", "de Salud", 50)] // a function word: ordinary wrapping
    [InlineData("Esta", "do", 40)] // "Estado" fits the widest line of the column: it was not broken
    [InlineData("Número", "total", 30)] // a tail of five letters is a word of its own
    [InlineData("Meta 5.1", "do", 10)] // two words above: ordinary wrapping
    [InlineData("Esta", "Do", 10)] // capital: a new word
    public void Ordinary_wrapping_keeps_its_space(string head, string tail, double widest)
    {
        PdfLine[] lines = [Line(head, 300, 700), Line(tail, 300, 688)];

        Assert.Equal($"{head} {tail}", BrokenWordJoiner.Join(lines, widest));
    }
}
