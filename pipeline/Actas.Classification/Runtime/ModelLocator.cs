namespace Actas.Classification.Runtime;

/// <summary>Finds models/feedback-classifier.zip for the CLI.</summary>
public static class ModelLocator
{
    public const string RelativePath = "models/feedback-classifier.zip";

    public const string NotFoundMessage =
        "no model found: pass --model FILE, or train one with `actas train` (writes models/feedback-classifier.zip).";

    /// <summary>The explicit path if given; else the first <see cref="RelativePath"/> found walking up
    /// from each start directory (current directory, then the app base directory); else null.</summary>
    public static string? Find(string? explicitPath, params string[] startDirectories)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
