namespace Actas.Import;

/// <summary>
/// Reads the files with <see cref="Extensions"/> many at a time. <see cref="Read"/> returns one result per path,
/// in order; a file that fails carries its error and does not stop the others.
/// </summary>
/// <param name="BatchSize">Most files handed to one <see cref="Read"/> call (one LibreOffice launch, about 4 s).</param>
public sealed record BatchReader(
    IReadOnlySet<string> Extensions,
    Func<IReadOnlyList<string>, IReadOnlyList<BatchReadResult>> Read,
    int BatchSize = 50)
{
    public bool Handles(string path) => Extensions.Contains(Path.GetExtension(path));
}
