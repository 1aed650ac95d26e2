using Actas.Cli.Commands;
using Actas.Pipeline;
using Actas.Pipeline.Extraction;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Cli.Tests;

/// <summary>Content identity and versions through the real pipeline, with several jobs at once.</summary>
public sealed class ImportIdentityTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Parallel_import_reports_in_input_order_and_records_the_extractor_version()
    {
        var files = SeedCopies.Write(_temp.PathOf("lote"), 12);

        var (exit, lines) = Import(4, _temp.PathOf("lote"));

        Assert.Equal(0, exit);
        Assert.Equal([.. files.Select(f => $"{f}: stored"), "12 stored, 0 unchanged, 0 failed"], lines);
        using var db = OpenDatabase();
        Assert.Equal([ActaExtractor.Version], db.Query<string>("SELECT DISTINCT extractor_version FROM documents"));
        Assert.Equal(files.Select((_, k) => SeedCopies.Date(k)), db.Query<string>("SELECT s.date FROM sessions s ORDER BY s.document_id"));
    }

    [Fact]
    public void Renamed_copy_is_recognised_and_a_changed_file_at_the_same_path_is_a_new_version_keeping_the_old()
    {
        var path = SeedCopies.Write(_temp.PathOf("a"), 1)[0];
        Assert.Equal(0, Import(2, path).Exit);
        var copy = _temp.PathOf("b/renombrada.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(path, copy);

        var (_, renamed) = Import(2, copy);
        File.WriteAllText(path, SeedCopies.Text(0).Replace("10:00 horas", "11:00 horas", StringComparison.Ordinal));
        var (_, changed) = Import(2, path);

        Assert.Equal($"{copy}: renamed duplicate of {Path.GetFullPath(path)}", renamed[0]);
        Assert.Equal($"{path}: stored as a new version; the earlier version is kept", changed[0]);
        using var db = OpenDatabase();
        Assert.Equal(2, db.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE superseded_by IS NOT NULL"));
        Assert.Equal("11:00", db.ExecuteScalar<string>("SELECT s.start_time FROM sessions s JOIN current_sessions c ON c.id = s.id"));
    }

    private (int Exit, string[] Lines) Import(int jobs, params string[] paths)
    {
        var output = new StringWriter();
        var pipeline = ActaPipeline.CreateDefault();
        var settings = new ImportCommand.Settings { Paths = paths, Database = _temp.PathOf("actas.db"), NoClassify = true, Jobs = jobs };
        var exit = ImportCommand.Run(settings, path => pipeline.Process(path, settings.ToReadOptions()), classifier: null, output, progressConsole: null);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={_temp.PathOf("actas.db")};Pooling=False");
        connection.Open();
        return connection;
    }
}
