namespace Actas.Cli.Tests;

/// <summary>The repository's folders, found from the test's output directory; the built <c>actas.dll</c> beside the tests.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>The seed acta as a .txt dump (shared/seeds), the cheapest real document to import.</summary>
    public static string SeedText => Path.Combine(Corpus, "acta-trata-23-2018-09-11.txt");

    public static string Seed(string extension) => Path.Combine(Corpus, "acta-trata-23-2018-09-11" + extension);

    /// <summary>The CLI, built into the test output by the project reference.</summary>
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
