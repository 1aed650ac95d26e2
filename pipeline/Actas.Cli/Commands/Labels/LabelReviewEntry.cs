namespace Actas.Cli.Commands.Labels;

/// <summary>One row of a filled review file with a non-empty <c>corrected</c> cell.</summary>
/// <param name="Line">The text line the row starts on (the header is line 1).</param>
/// <param name="Text">The item's text with the formula guard taken off; null when the file has no text column.</param>
/// <param name="Strategy">The row's strategy number; null when the file has no strategy column.</param>
/// <param name="Goal">The row's goal code, if any.</param>
public sealed record LabelReviewEntry(int Line, long ItemId, string Corrected, string? Text, int? Strategy = null, string? Goal = null);
