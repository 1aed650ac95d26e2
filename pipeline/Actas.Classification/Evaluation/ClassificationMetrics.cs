namespace Actas.Classification.Evaluation;

/// <summary>Scores of a model on a labelled split. Accuracy and F1 are 0..1.</summary>
/// <param name="MacroF1">Unweighted mean of the per-label F1 over the labels in <paramref name="PerLabel"/>.</param>
public sealed record ClassificationMetrics(
    double Accuracy,
    double MacroF1,
    IReadOnlyList<LabelMetrics> PerLabel,
    ConfusionMatrix Confusion)
{
    public double MinLabelF1 => PerLabel.Count == 0 ? 0 : PerLabel.Min(l => l.F1);

    public double? F1Of(string label) => PerLabel.FirstOrDefault(l => l.Label == label)?.F1;
}
