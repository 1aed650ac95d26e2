namespace Actas.Pipeline.Labelling;

/// <summary>Labels one feedback item with a label of shared/labels.md. Implemented in Actas.Classification.</summary>
public interface IFeedbackClassifier
{
    /// <summary>The model version that makes the predictions, e.g. "2026-11-28T11:02Z-sdca".</summary>
    string ModelVersion { get; }

    FeedbackPrediction Predict(string text);
}
