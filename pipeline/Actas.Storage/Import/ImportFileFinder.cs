namespace Actas.Storage.Import;

/// <summary>
/// Expands the paths given to <c>actas import</c>: files as given, folders recursively, keeping only the
/// extensions the readers handle. Folders named <c>src</c> hold HTML sources of the corpus and are skipped;
/// the corpus's <c>.json</c> gold files fall out by extension. A path that does not exist becomes one
/// candidate with a problem, so it is reported in line with the others.
/// </summary>
public static class ImportFileFinder
{
    /// <summary>The formats of the contract (source.format).</summary>
    public static IReadOnlySet<string> DefaultExtensions { get; } =
        new HashSet<string>([".docx", ".pdf", ".txt", ".doc", ".odt", ".rtf"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<ImportCandidate> Find(IEnumerable<string> paths, IReadOnlySet<string>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        extensions ??= DefaultExtensions;
        var found = new List<ImportCandidate>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.Add(new ImportCandidate(path));
            }
            else if (Directory.Exists(path))
            {
                found.AddRange(Walk(path, extensions).Order(StringComparer.Ordinal).Select(f => new ImportCandidate(f)));
            }
            else
            {
                found.Add(new ImportCandidate(path, "no such file or folder"));
            }
        }

        return found;
    }

    private static IEnumerable<string> Walk(string folder, IReadOnlySet<string> extensions)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (extensions.Contains(Path.GetExtension(file)))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (string.Equals(name, "src", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.'))
            {
                continue;
            }

            foreach (var file in Walk(sub, extensions))
            {
                yield return file;
            }
        }
    }
}
