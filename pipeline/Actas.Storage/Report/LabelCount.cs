namespace Actas.Storage.Report;

/// <summary>How many feedback items carry <see cref="Label"/>.</summary>
public sealed record LabelCount(string Label, int Items);
