namespace Actas.Pipeline.Model;

/// <summary>One paragraph or cell of a strategy's Retroalimentación or Observaciones.</summary>
/// <param name="Label">A label of shared/labels.md from the classifier; null before classification.</param>
/// <param name="Confidence">Classifier probability of <paramref name="Label"/>, 0..1.</param>
public sealed record FeedbackItem(
    string Text,
    FeedbackSection Section,
    string? Goal,
    string? Label,
    double? Confidence,
    SourceLocation? Location = null);
