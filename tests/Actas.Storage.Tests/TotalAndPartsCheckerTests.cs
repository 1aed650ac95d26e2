using Actas.Pipeline.Model;
using Actas.Storage.Queries;

namespace Actas.Storage.Tests;

public sealed class TotalAndPartsCheckerTests
{
    private static Figure F(decimal value, string unit, string? context = null) => new(value, unit, "520.3", context);

    [Fact]
    public void Seed_609_personas_is_the_total_of_552_48_and_9()
    {
        var checks = TotalAndPartsChecker.Check(
        [
            F(609, "personas", "se capacitó a 609 personas servidoras públicas"),
            F(552, "personas"), F(48, "personas"), F(9, "personas"),
        ]);

        Assert.Equal([new TotalCheck(0, [1, 2, 3], 609, true)], checks, new TotalCheckComparer());
    }

    [Fact]
    public void Figures_of_other_units_between_the_parts_are_skipped()
    {
        var checks = TotalAndPartsChecker.Check(
            [F(10, "personas"), F(3, "talleres"), F(6, "Personas"), F(4, "personas"), F(2, "horas")]);

        Assert.Equal([new TotalCheck(0, [2, 3], 10, true)], checks, new TotalCheckComparer());
    }

    [Fact]
    public void A_figure_introduced_as_a_total_whose_parts_differ_is_a_mismatch()
    {
        var checks = TotalAndPartsChecker.Check(
            [F(100, "personas", "se atendió a un total de 100 personas"), F(60, "personas"), F(30, "personas")]);

        Assert.Equal([new TotalCheck(0, [1, 2], 90, false)], checks, new TotalCheckComparer());
    }

    [Fact]
    public void Figures_that_only_happen_to_follow_each_other_are_not_totals()
    {
        // Seed, goal 520.2: "20 horas divididas en 10 sesiones de 2 horas", twice.
        Assert.Empty(TotalAndPartsChecker.Check(
            [F(20, "horas"), F(10, "sesiones"), F(2, "horas"), F(20, "horas"), F(20, "sesiones"), F(2, "horas")]));
        // Seed, goal 516.1: "un total de 79 personas" is last, with no parts after it.
        Assert.Empty(TotalAndPartsChecker.Check(
            [F(35, "personas"), F(9, "personas"), F(79, "personas", "capacitación a un total de 79 personas servidoras públicas")]));
        // A single following figure equal to the first is a repetition, not a breakdown.
        Assert.Empty(TotalAndPartsChecker.Check([F(45, "víctimas"), F(45, "víctimas")]));
    }

    [Theory]
    [InlineData("un total de 79 personas", 79, true)]
    [InlineData("En total: 1,234 personas", 1234, true)]
    [InlineData("total de personas atendidas 12", 12, true)]
    [InlineData("se capacitó a 609 personas", 609, false)]
    [InlineData("un total de 10 servidores y 6 ciudadanas", 6, false)]
    public void Introduced_as_total_looks_just_before_the_value(string context, int value, bool expected) =>
        Assert.Equal(expected, TotalAndPartsChecker.IntroducedAsTotal(new Figure(value, "personas", null, context)));

    private sealed class TotalCheckComparer : IEqualityComparer<TotalCheck>
    {
        public bool Equals(TotalCheck? x, TotalCheck? y) =>
            x is not null && y is not null && x.Total == y.Total && x.Parts.SequenceEqual(y.Parts)
            && x.PartsSum == y.PartsSum && x.Matches == y.Matches;

        public int GetHashCode(TotalCheck obj) => obj.Total;
    }
}
