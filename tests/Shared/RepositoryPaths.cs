namespace Actas.Tests;

/// <summary>
/// The repository's folders, found upward from a test's output directory (the folder holding
/// Actas.sln). Linked into every test project by tests/Directory.Build.props; tests read these
/// files and copy them before changing anything.
/// </summary>
internal static class RepositoryPaths
{
    public const string SeedStem = "acta-trata-23-2018-09-11";

    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string ModelData => Path.Combine(Root, "models", "data");

    public static string ShippedModel => Path.Combine(Root, "models", "feedback-classifier.zip");

    /// <summary>The seed acta as a .txt dump, the cheapest real document to import.</summary>
    public static string SeedText => Seed(".txt");

    /// <summary>The seed acta in one format: ".txt", ".docx", ".pdf".</summary>
    public static string Seed(string extension) => Path.Combine(Corpus, SeedStem + extension);

    /// <summary>The CLI, built into the output of test projects that reference Actas.Cli.</summary>
    public static string ActasDll => Path.Combine(AppContext.BaseDirectory, "actas.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Actas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Actas.sln not found above {AppContext.BaseDirectory}");
    }
}
