namespace Actas.Pipeline.Labelling;

/// <summary>A label and its probability (0..1).</summary>
/// <param name="NeedsReview">The (calibrated) probability is below the model's review threshold, chosen on validation.</param>
public sealed record FeedbackPrediction(string Label, double Confidence, bool NeedsReview = false);
