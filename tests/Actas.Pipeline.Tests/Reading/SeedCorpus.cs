namespace Actas.Pipeline.Tests.Reading;

/// <summary>Locates the repository's corpus/ folder from the test binaries.</summary>
internal static class SeedCorpus
{
    public const string SeedName = "acta-trata-23-2018-09-11";

    public static string Directory { get; } = Find();

    public static string Seed(string extension) => Path.Combine(Directory, SeedName + extension);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "corpus");
            if (System.IO.Directory.Exists(corpus) && File.Exists(Path.Combine(dir.FullName, "Actas.sln")))
            {
                return corpus;
            }
        }

        throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);
    }
}
