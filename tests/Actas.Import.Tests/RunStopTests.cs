using Actas.Import;
using Dapper;
using Actas.Storage.Tests;

namespace Actas.Import.Tests;

/// <summary>
/// A database that cannot be written (disk full, an immutable file) ended the run with a bare "SQLite Error 13" and exit 255;
/// Ctrl-C or SIGTERM left it unfinished. Now the run stops at that point with a reason and its summary, every document
/// stored before is whole, and nothing of the one being stored is left.
/// </summary>
public sealed class RunStopTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_full_disk_stops_the_run_at_the_first_document_it_cannot_store_and_leaves_nothing_of_it()
    {
        var files = Files("a.txt", "b.txt", "c.txt");
        var actas = new Dictionary<string, Pipeline.Model.Acta> { [files[0]] = SampleActas.M5, [files[1]] = Long(SampleActas.T23), [files[2]] = SampleActas.T24 };
        var importer = new ActaImporter(_db.Store, path => actas[path], options: new ImportOptions(Jobs: 1));
        string? afterFirst = null;

        var summary = importer.Import(Candidates(files), result =>
        {
            if (afterFirst is null)
            {
                // As if the disk filled up now: no free page left inside the file, and it may not grow by one more.
                _db.Connection.Execute("VACUUM");
                var pages = _db.Connection.ExecuteScalar<long>("PRAGMA page_count");
                _db.Connection.ExecuteScalar<long>($"PRAGMA max_page_count = {pages}");
                afterFirst = _db.Counts();
            }
        });

        Assert.Equal($"{files[0]}: stored", summary.Files[0].Line);
        Assert.True(summary.Files[1].Line.StartsWith($"{files[1]}: not stored: the disk holding {_db.DatabasePath} is full (SQLite Error 13", StringComparison.Ordinal), summary.Files[1].Line);
        Assert.Equal(2, summary.Files.Count);
        Assert.NotNull(summary.Stop);
        Assert.False(summary.Stop.Interrupted);
        Assert.Equal("1 stored, 0 unchanged, 1 failed, 1 not attempted", summary.ToString());
        Assert.StartsWith($"stopped before the end: the disk holding {_db.DatabasePath} is full", summary.Stop.Line(summary.NotAttempted));
        Assert.Equal(afterFirst, _db.Counts());
        Assert.Equal("ok", _db.Connection.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void A_database_that_cannot_be_written_stops_the_run_before_any_file_is_read()
    {
        var files = Files("a.txt", "b.txt");
        var read = 0;
        var importer = new ActaImporter(_db.Store, _ => { read++; return SampleActas.M5; });
        _db.Connection.Execute("PRAGMA query_only = ON"); // SQLITE_READONLY, as an immutable file or a read-only disk gives

        var summary = importer.Import(Candidates(files));

        Assert.Empty(summary.Files);
        Assert.Equal(0, read);
        Assert.Equal("0 stored, 0 unchanged, 0 failed, 2 not attempted", summary.ToString());
        Assert.StartsWith($"{_db.DatabasePath} cannot be written: it is read-only", summary.Stop!.Reason);
    }

    [Fact]
    public void An_interrupted_import_stops_between_documents_with_its_summary()
    {
        var files = Files("a.txt", "b.txt", "c.txt");
        using var interrupt = new CancellationTokenSource();
        var importer = new ActaImporter(_db.Store, path => path == files[0] ? SampleActas.M5 : SampleActas.T23, options: new ImportOptions(Jobs: 1));

        var summary = importer.Import(Candidates(files), _ => interrupt.Cancel(), interrupt.Token);

        Assert.Equal([$"{files[0]}: stored"], summary.Files.Select(f => f.Line));
        Assert.True(summary.Stop!.Interrupted);
        Assert.Equal("1 stored, 0 unchanged, 0 failed, 2 not attempted", summary.ToString());
        Assert.Equal(1, _db.Count("sessions"));
        Assert.NotNull(_db.Connection.ExecuteScalar<string>("SELECT finished_at FROM import_runs"));
    }

    /// <summary>An acta with one long feedback text (200 KB): it needs pages the file does not have yet.</summary>
    private static Pipeline.Model.Acta Long(Pipeline.Model.Acta acta)
    {
        var strategy = acta.Strategies[0];
        return acta with
        {
            Strategies = [strategy with { Feedback = [strategy.Feedback[0] with { Text = string.Concat(Enumerable.Repeat("Se solicita información. ", 8_000)) }] }],
        };
    }

    private string[] Files(params string[] names) =>
        [.. names.Select(n =>
        {
            var path = _db.FilePath(n);
            File.WriteAllText(path, n);
            return path;
        })];

    private static List<ImportCandidate> Candidates(string[] files) => [.. files.Select(f => new ImportCandidate(f))];
}
