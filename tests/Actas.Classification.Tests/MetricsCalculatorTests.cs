using Actas.Classification.Evaluation;

namespace Actas.Classification.Tests;

public sealed class MetricsCalculatorTests
{
    [Fact]
    public void Computes_accuracy_per_label_scores_macro_f1_and_confusion()
    {
        string[] actual = ["a", "a", "b", "b"];
        string[] predicted = ["a", "b", "b", "b"];

        var m = MetricsCalculator.Compute(["a", "b"], actual, predicted);

        Assert.Equal(0.75, m.Accuracy, 6);
        var a = m.PerLabel.Single(l => l.Label == "a");
        Assert.Equal((1.0, 0.5), (a.Precision, a.Recall));
        var b = m.PerLabel.Single(l => l.Label == "b");
        Assert.Equal(2.0 / 3, b.Precision, 6);
        Assert.Equal((2.0 / 3 + 0.8) / 2, m.MacroF1, 6);
        Assert.Equal([1, 1], m.Confusion.Counts[0]);
        Assert.Equal([0, 2], m.Confusion.Counts[1]);
    }

    [Fact]
    public void Labels_absent_from_both_sides_do_not_count_in_macro_f1()
    {
        var m = MetricsCalculator.Compute(["a", "b", "c"], ["a"], ["a"]);

        Assert.Equal(1.0, m.MacroF1, 6);
        Assert.Single(m.PerLabel);
    }
}
