using Actas.Cli.Commands;
using Actas.Pipeline;
using Actas.Pipeline.Extraction;
using Actas.Storage;
using Actas.Storage.Labels;
using Dapper;
using Spectre.Console.Cli;

namespace Actas.Cli.Tests;

/// <summary><c>actas import --reprocess-outdated</c> as the user runs it: lines, counts, exit codes, command line.</summary>
public sealed class ReprocessOutdatedTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ActaPipeline _pipeline = ActaPipeline.CreateDefault();

    public void Dispose() => _temp.Dispose();

    private string Database => _temp.PathOf("actas.db");

    /// <summary>
    /// Documents record <see cref="ActaExtractor.Version"/>; people raise the version <c>actas --version</c> prints. When the
    /// two were separate numbers the extractor's stood still for sixteen sessions, so nothing was ever outdated.
    /// </summary>
    [Fact]
    public void The_extractor_version_documents_record_is_the_version_actas_prints()
    {
        Assert.Equal(ActasApp.Version, ActaExtractor.Version);
        Assert.Matches(@"^\d+\.\d+\.\d+$", ActaExtractor.Version);
    }

    [Fact]
    public void Outdated_documents_are_read_again_with_one_line_each_the_counts_and_the_corrections_kept()
    {
        var files = SeedCopies.Write(_temp.PathOf("lote"), 3);
        Assert.Equal(0, Run(new ImportCommand.Settings { Paths = [_temp.PathOf("lote")] }).Exit);
        using (var store = SqliteActaStore.Open(Database))
        {
            store.Connection.Execute("UPDATE documents SET extractor_version = '0.9.0' WHERE path IN @Paths", new { Paths = files.Take(2).ToList() });
            var labels = new SqliteLabelStore(store.Connection);
            var item = labels.Items().First(i => store.Connection.ExecuteScalar<string>(
                "SELECT d.path FROM feedback_items f JOIN strategies st ON st.id = f.strategy_id JOIN sessions s ON s.id = st.session_id " +
                "JOIN documents d ON d.id = s.document_id WHERE f.id = @Id", new { i.Id }) == files[0]);
            Assert.True(labels.Correct(item.Id, "desalineado", "analista"));
        }

        File.Delete(files[1]);

        var (exit, lines) = Run(new ImportCommand.Settings { ReprocessOutdated = true });

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{files[0]}: reprocessed (extractor 0.9.0 → {ActaExtractor.Version}); 1 correction kept on the re-read items",
                $"{files[1]}: file not found; the stored document (read by extractor 0.9.0) is kept as it is",
                "1 reprocessed, 1 up to date, 1 missing, 0 changed, 0 failed",
                "1 correction kept on the re-read items",
            ],
            lines);

        var (again, secondLines) = Run(new ImportCommand.Settings { ReprocessOutdated = true, Paths = [files[0]] });

        Assert.Equal(0, again);
        Assert.Equal(["0 reprocessed, 1 up to date, 0 missing, 0 changed, 0 failed"], secondLines);
        using var reopened = SqliteActaStore.Open(Database);
        Assert.Contains(new SqliteLabelStore(reopened.Connection).Items(), i => i.Label == "desalineado" && i.Corrected);
    }

    [Fact]
    public void Without_a_database_file_it_says_so_and_creates_none()
    {
        var (exit, lines) = Run(new ImportCommand.Settings { ReprocessOutdated = true });

        Assert.Equal(1, exit);
        Assert.Equal([$"{Database}: no such database; --reprocess-outdated reads again the documents stored in one (give it with --db)"], lines);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void The_command_line_takes_the_option_without_paths_and_import_still_needs_one()
    {
        SeedCopies.Write(_temp.PathOf("lote"), 1);
        Assert.Equal(0, Run(new ImportCommand.Settings { Paths = [_temp.PathOf("lote")] }).Exit);

        Assert.Equal(0, App("import", "--reprocess-outdated", "--db", Database, "--no-classify", "--jobs", "1"));
        Assert.NotEqual(0, App("import", "--db", Database));
        Assert.False(new ImportCommand.Settings().Validate().Successful);
        Assert.True(new ImportCommand.Settings { ReprocessOutdated = true }.Validate().Successful);
    }

    private (int Exit, string[] Lines) Run(ImportCommand.Settings settings)
    {
        var output = new StringWriter();
        settings = new ImportCommand.Settings
        {
            Paths = settings.Paths, ReprocessOutdated = settings.ReprocessOutdated, Database = Database, NoClassify = true, Jobs = 2,
        };
        var exit = ImportCommand.Run(settings, path => _pipeline.Process(path, settings.ToReadOptions()), classifier: null, output, progressConsole: null);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private static int App(params string[] args)
    {
        var app = new CommandApp();
        app.Configure(config => config.AddCommand<ImportCommand>("import"));
        return app.Run(args);
    }
}
