namespace Actas.Cli.Tests;

/// <summary>The repository's models folder, found upward from the test binaries; tests copy the model, never write it.</summary>
internal static class RepositoryModel
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "models", "data");

    public static string ShippedModel => Path.Combine(Root, "models", "feedback-classifier.zip");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "models", "data", "train.csv")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"models/data/train.csv not found above {AppContext.BaseDirectory}");
    }
}
