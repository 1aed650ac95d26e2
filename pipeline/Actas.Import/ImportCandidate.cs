namespace Actas.Import;

/// <summary>A file to import, as the user will see it named; <see cref="Problem"/> set when it cannot even be tried.</summary>
public sealed record ImportCandidate(string Path, string? Problem = null);
