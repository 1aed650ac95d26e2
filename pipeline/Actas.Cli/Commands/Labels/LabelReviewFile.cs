namespace Actas.Cli.Commands.Labels;

/// <summary>What <see cref="LabelReviewCsvReader"/> found: the corrections, and one message per bad row ("labels.csv:14: …").</summary>
public sealed record LabelReviewFile(IReadOnlyList<LabelReviewEntry> Entries, IReadOnlyList<string> Errors);
