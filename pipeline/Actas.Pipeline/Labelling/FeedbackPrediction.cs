namespace Actas.Pipeline.Labelling;

/// <summary>A label and its probability (0..1).</summary>
public sealed record FeedbackPrediction(string Label, double Confidence);
