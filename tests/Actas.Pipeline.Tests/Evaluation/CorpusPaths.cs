namespace Actas.Pipeline.Tests.Evaluation;

/// <summary>Finds the repository's corpus/ folder from the test's output directory.</summary>
internal static class CorpusPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

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
