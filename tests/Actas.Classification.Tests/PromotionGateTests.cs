using Actas.Classification.Evaluation;
using Actas.Classification.Promotion;

namespace Actas.Classification.Tests;

public sealed class PromotionGateTests
{
    private static ClassificationMetrics Metrics(params (string Label, double F1)[] labels) =>
        new(0.9, labels.Average(l => l.F1),
            labels.Select(l => new LabelMetrics(l.Label, l.F1, l.F1, l.F1, 10)).ToList(),
            new ConfusionMatrix([], []));

    [Fact]
    public void Promotes_when_macro_f1_rises_and_no_label_falls()
    {
        var d = PromotionGate.Decide(Metrics(("avance", 0.80), ("exhorta", 0.80)), Metrics(("avance", 0.85), ("exhorta", 0.82)));

        Assert.True(d.Promote);
        Assert.Empty(d.Drops);
        Assert.StartsWith("promoted: macro-F1 0.800 → 0.835", d.Reason);
    }

    [Fact]
    public void Promotes_with_a_small_drop_and_still_names_it()
    {
        var d = PromotionGate.Decide(Metrics(("avance", 0.80), ("exhorta", 0.80)), Metrics(("avance", 0.77), ("exhorta", 0.90)));

        Assert.True(d.Promote);
        Assert.Contains("avance −0.030", d.Reason);
    }

    [Fact]
    public void Rejects_when_a_label_falls_more_than_the_limit_naming_each_label_and_amount()
    {
        var d = PromotionGate.Decide(
            Metrics(("avance", 0.90), ("exhorta", 0.80), ("proceso", 0.70)),
            Metrics(("avance", 0.80), ("exhorta", 0.72), ("proceso", 0.95)));

        Assert.False(d.Promote);
        Assert.Contains("avance F1 fell 0.100 (0.900 → 0.800)", d.Reason);
        Assert.Contains("exhorta F1 fell 0.080 (0.800 → 0.720)", d.Reason);
        Assert.Equal(["avance", "exhorta"], d.Drops.Select(x => x.Label));
    }

    [Fact]
    public void Rejects_when_macro_f1_is_lower_even_if_every_drop_is_small()
    {
        var d = PromotionGate.Decide(Metrics(("avance", 0.80), ("exhorta", 0.80)), Metrics(("avance", 0.78), ("exhorta", 0.79)));

        Assert.False(d.Promote);
        Assert.Contains("macro-F1 fell 0.800 → 0.785 (−0.015)", d.Reason);
    }

    [Fact]
    public void Equal_macro_f1_is_not_lower()
    {
        var same = Metrics(("avance", 0.80), ("exhorta", 0.80));

        Assert.True(PromotionGate.Decide(same, same).Promote);
    }

    [Fact]
    public void A_label_missing_from_the_candidate_counts_as_f1_zero()
    {
        var d = PromotionGate.Decide(Metrics(("avance", 0.80), ("exhorta", 0.80)), Metrics(("avance", 0.99)));

        Assert.False(d.Promote);
        Assert.Contains("exhorta F1 fell 0.800", d.Reason);
    }

    [Fact]
    public void The_first_model_is_promoted() =>
        Assert.True(PromotionGate.Decide(null, Metrics(("avance", 0.5))).Promote);
}
