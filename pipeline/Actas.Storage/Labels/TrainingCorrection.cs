namespace Actas.Storage.Labels;

/// <summary>One corrected text for <c>actas train --db</c>.</summary>
/// <param name="Id">"correction-{item id}" for a stored item, "correction-kept-{correction id}" for a correction no item matches any more.</param>
/// <param name="Label">The newest correction's label.</param>
/// <param name="FeedbackItemId">The stored item it corrects; null for a correction kept after its item went.</param>
public sealed record TrainingCorrection(string Id, string Text, string Label, long? FeedbackItemId);
