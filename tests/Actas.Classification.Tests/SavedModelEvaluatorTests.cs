using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Pipeline.Labelling;

namespace Actas.Classification.Tests;

public sealed class SavedModelEvaluatorTests
{
    [Fact]
    public void A_saved_model_is_scored_on_the_given_rows_with_the_ten_labels()
    {
        var test = new[]
        {
            new FeedbackExample("1", "a", "avance", "seed"),
            new FeedbackExample("2", "b", "exhorta", "seed"),
            new FeedbackExample("3", "c", "exhorta", "seed"),
        };
        var classifier = new FakeClassifier(t => new FeedbackPrediction(t == "a" ? "avance" : "exhorta", 0.9));

        var metrics = SavedModelEvaluator.Evaluate(classifier, test);

        Assert.Equal(1.0, metrics.Accuracy);
        Assert.Equal(["avance", "exhorta"], metrics.PerLabel.Select(l => l.Label));
    }
}
