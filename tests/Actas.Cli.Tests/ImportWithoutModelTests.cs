namespace Actas.Cli.Tests;

/// <summary>An import that cannot label feedback says so and stores nothing, unless told to with --no-classify (issue 14).</summary>
public sealed class ImportWithoutModelTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_with_a_missing_model_exits_1_and_stores_nothing()
    {
        var database = _temp.PathOf("actas.db");
        using var import = new ChildImport(RepositoryPaths.SeedText, "--db", database, "--model", _temp.PathOf("no-model.zip"), "--in-process");

        var (exit, output) = import.Wait(TimeSpan.FromSeconds(120));

        Assert.Equal(1, exit);
        Assert.Contains("no-model.zip not found", output, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", output, StringComparison.Ordinal);
        Assert.Contains("--no-classify", output, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }
}
