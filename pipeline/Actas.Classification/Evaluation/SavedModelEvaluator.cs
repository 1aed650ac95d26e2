using Actas.Classification.Data;
using Actas.Pipeline.Labelling;

namespace Actas.Classification.Evaluation;

/// <summary>Scores an already saved model (through its runtime classifier) on a labelled split, so the promoted
/// model and a candidate can be compared on the same test rows.</summary>
public static class SavedModelEvaluator
{
    public static ClassificationMetrics Evaluate(IFeedbackClassifier classifier, IReadOnlyList<FeedbackExample> test)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(test);
        var predicted = test.Select(t => classifier.Predict(t.Text).Label).ToList();
        return MetricsCalculator.Compute(FeedbackLabels.All, test.Select(t => t.Label).ToList(), predicted);
    }
}
