namespace Actas.Storage.Labels;

/// <summary>What a label correction is matched on when its document is read again.</summary>
/// <param name="TextKey">The item's text folded by <see cref="Keys.TextKey.Fold"/> (accents, case, punctuation).</param>
public sealed record FeedbackItemKey(long Id, int Strategy, string? Goal, string TextKey);
