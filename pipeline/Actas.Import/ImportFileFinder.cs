namespace Actas.Import;

/// <summary>
/// Expands the paths given to <c>actas import</c>: files as given, folders recursively, keeping only the
/// extensions the readers handle. Folders named <c>src</c> hold HTML sources of the corpus and are skipped;
/// the corpus's <c>.json</c> gold files fall out by extension. A path that does not exist becomes one
/// candidate with a problem, so it is reported in line with the others. A file reached twice is found once.
/// Within a folder, files are taken by name and, for the same name, the richest format first (.docx before
/// .odt, .doc, .rtf, .pdf, .txt): the corpus holds each acta in several formats, and the first one stored
/// is the one whose content the database keeps (the others are recorded as the same session). Scanned
/// pages saved as images (.png, .jpg/.jpeg, .tif/.tiff, read by OCR) come last.
/// </summary>
public static class ImportFileFinder
{
    /// <summary>The formats of the contract (source.format).</summary>
    public static IReadOnlySet<string> DefaultExtensions { get; } =
        new HashSet<string>([".docx", ".pdf", ".txt", ".doc", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"], StringComparer.OrdinalIgnoreCase);

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
                var problems = new List<ImportCandidate>();
                found.AddRange(Walk(path, extensions, problems).ToList()
                    .OrderBy(f => Path.Combine(Path.GetDirectoryName(f) ?? "", Path.GetFileNameWithoutExtension(f)), StringComparer.Ordinal)
                    .ThenBy(FormatRank)
                    .ThenBy(f => f, StringComparer.Ordinal)
                    .Select(f => f.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(f)
                        ? new ImportCandidate(f, NotUtf8Name)
                        : new ImportCandidate(f)));
                found.AddRange(problems);
            }
            else
            {
                var missing = Pipeline.Diagnostics.ActaReadException.NotFound(path);
                found.Add(new ImportCandidate(path, missing.Reason, missing));
            }
        }

        // A file reached twice (a folder and a file in it, "a/x.doc" and "./a/x.doc") is imported once, where first reached.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. found.Where(c => c.Problem is not null || seen.Add(Path.GetFullPath(c.Path)))];
    }

    /// <summary>
    /// .NET reads a file name whose bytes are not UTF-8 (a Latin-1 "Sesi\xF3n.doc" copied from an old disk) with U+FFFD in
    /// place of those bytes, and cannot open the file under that name.
    /// </summary>
    private const string NotUtf8Name =
        "the file name is not valid UTF-8 (shown with �), so it cannot be opened under it; rename the file " +
        "(convmv -f latin1 -t utf8 --notest FILE renames a Latin-1 name) and import it again";

    private static int FormatRank(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".docx" => 0,
            ".odt" => 1,
            ".doc" => 2,
            ".rtf" => 3,
            ".pdf" => 4,
            ".txt" => 5,
            ".tif" or ".tiff" => 6,
            ".png" => 7,
            ".jpg" or ".jpeg" => 8,
            _ => 9,
        };

    private static IEnumerable<string> Walk(string folder, IReadOnlySet<string> extensions, List<ImportCandidate> problems)
    {
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            problems.Add(new ImportCandidate(folder, $"cannot list this folder ({ex.Message}); its files were not imported"));
            yield break;
        }

        foreach (var file in files.Where(f => extensions.Contains(Path.GetExtension(f))))
        {
            yield return file;
        }

        foreach (var sub in folders)
        {
            var name = Path.GetFileName(sub);
            // A linked folder could lead back up the tree; actas are not kept behind links.
            if (string.Equals(name, "src", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.')
                || new DirectoryInfo(sub).LinkTarget is not null)
            {
                continue;
            }

            foreach (var file in Walk(sub, extensions, problems))
            {
                yield return file;
            }
        }
    }
}
