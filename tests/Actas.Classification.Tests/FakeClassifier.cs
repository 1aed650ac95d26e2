using Actas.Pipeline.Labelling;

namespace Actas.Classification.Tests;

internal sealed class FakeClassifier(Func<string, FeedbackPrediction> predict) : IFeedbackClassifier
{
    public string ModelVersion => "fake";

    public FeedbackPrediction Predict(string text) => predict(text);
}
