namespace Actas.Import;

/// <summary>A file to import, as the user will see it named; <see cref="Problem"/> set when it cannot even be tried.</summary>
/// <param name="ReadError">The same problem as a read failure (code and arguments), when it is one, for a front end that words it.</param>
public sealed record ImportCandidate(string Path, string? Problem = null, Pipeline.Diagnostics.ActaReadException? ReadError = null);
