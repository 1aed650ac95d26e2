using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A range of counts reports both of its ends with the second's noun ("entre 12 y 15 brigadas" → 12 and 15); a range bounding
/// the size of each item ("montos de entre 2,000 y 9,000 pesos") reports nothing, nor does a span of the clock.
/// </summary>
public sealed class FigureRangeEndsTests
{
    [Theory]
    [InlineData("Operaron entre 12 y 15 brigadas semanales en la alcaldía.", 12, 15, "brigadas semanales")]
    [InlineData("Este mes se instalarán otros 45 a 60 bebederos en escuelas.", 45, 60, "bebederos")]
    [InlineData("El tiempo de espera bajó de 35 a 20 minutos.", 35, 20, "minutos")]
    public void Both_ends_of_a_range_of_counts_are_figures_with_one_noun(string text, int first, int second, string unit)
    {
        var figures = FigureExtractor.Extract(text);

        var low = Assert.Single(figures, f => f.Value == first);
        var high = Assert.Single(figures, f => f.Value == second);
        Assert.Equal(high.Unit, low.Unit);
        Assert.StartsWith(unit.Split(' ')[0], high.Unit, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_of_each_items_size_is_no_figure()
    {
        var figures = FigureExtractor.Extract("Se entregaron 31 créditos por montos de entre 2,000 y 9,000 pesos cada uno.");

        Assert.Equal([31m], figures.Select(f => f.Value));
    }
}
