namespace Actas.Import;

/// <summary>
/// Which stored documents <c>actas import --reprocess-outdated</c> reads again: current documents
/// (<see cref="SqliteActaStore.CurrentDocuments"/>) read by an older extractor, all of them or those under the given
/// paths (a file's path, or a folder's path and everything below it; compared as full paths, so a file that is gone
/// is still selected and reported missing).
/// </summary>
/// <param name="Outdated">To read again, by path.</param>
/// <param name="UpToDate">Selected documents already read by this extractor (or a newer one): not read.</param>
/// <param name="PathsWithoutDocuments">Given paths under which no current document is stored.</param>
public sealed record ReprocessSelection(IReadOnlyList<StoredDocument> Outdated, int UpToDate, IReadOnlyList<string> PathsWithoutDocuments)
{
    public static ReprocessSelection Of(IReadOnlyList<StoredDocument> current, IReadOnlyList<string> paths, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(paths);
        var roots = paths.Select(p => (Given: p, Full: Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)))).ToList();
        var selected = roots.Count == 0 ? current : current.Where(d => roots.Any(r => Under(d.Path, r.Full))).ToList();
        var outdated = selected.Where(d => ExtractorVersions.IsOutdated(d.ExtractorVersion, extractorVersion)).ToList();
        var empty = roots.Where(r => !current.Any(d => Under(d.Path, r.Full))).Select(r => r.Given).ToList();
        return new ReprocessSelection(outdated, selected.Count - outdated.Count, empty);
    }

    private static bool Under(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || (path.StartsWith(root, StringComparison.Ordinal) && path.Length > root.Length
            && (path[root.Length] == Path.DirectorySeparatorChar || root.EndsWith(Path.DirectorySeparatorChar)));
}
