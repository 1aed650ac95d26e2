namespace Actas.Storage.Labels;

/// <summary>A person's label for one stored feedback item, as a review file gives it.</summary>
public sealed record LabelCorrection(long FeedbackItemId, string NewLabel);
