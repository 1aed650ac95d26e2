using Actas.Cli.Commands;
using Actas.Pipeline;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Actas.Cli.Tests;

/// <summary>
/// Crash safety of <c>actas import</c> as a process: WAL, one transaction per document and a busy timeout mean a
/// killed import leaves no half-stored document, and two imports into one database both succeed.
/// </summary>
public sealed class ImportCrashTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_killed_at_20_random_moments_and_run_again_holds_every_document_exactly_once()
    {
        const int documents = 30;
        var folder = _temp.PathOf("actas");
        SeedCopies.Write(folder, documents);
        // Replay a failure with ACTAS_CRASH_SEED=<the seed it printed>.
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ACTAS_CRASH_SEED"), out var given) ? given : Environment.TickCount;
        var random = new Random(seed);
        log.WriteLine($"random seed {seed} (replay: ACTAS_CRASH_SEED={seed})");

        for (var round = 0; round < 20; round++)
        {
            // A random moment of the writing: once a random number of documents (0–29) is in the database, plus 0–20 ms.
            var db = _temp.PathOf($"round-{round}.db");
            var target = random.Next(0, documents);
            var delay = random.Next(0, 20);
            using (var child = new ChildImport(folder, "--db", db, "--no-classify", "--jobs", "2"))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                while (StoredDocuments(db) < target && clock.Elapsed < TimeSpan.FromSeconds(30))
                {
                    Thread.Sleep(2);
                }

                Thread.Sleep(delay);
                child.Kill();
            }

            log.WriteLine($"kill {round + 1} at {target} documents + {delay} ms: {StoredDocuments(db)} documents in the database");
            AssertConsistent(db, documents);
            ImportInProcess(folder, db);
            AssertConsistent(db, documents, complete: true);
        }
    }

    /// <summary>The re-run, in this process through the command's test seam to keep the test short.</summary>
    private static void ImportInProcess(string folder, string db)
    {
        var output = new StringWriter();
        var pipeline = ActaPipeline.CreateDefault();
        var settings = new ImportCommand.Settings { Paths = [folder], Database = db, NoClassify = true, Jobs = 2 };
        var exit = ImportCommand.Run(settings, path => pipeline.Process(path), classifier: null, output, progressConsole: null);
        Assert.True(exit == 0, output.ToString());
        Assert.EndsWith("0 failed", output.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_imports_into_one_new_database_at_once_both_succeed()
    {
        var first = SeedCopies.Write(_temp.PathOf("a"), 12, first: 0);
        var second = SeedCopies.Write(_temp.PathOf("b"), 12, first: 12);
        var shared = SeedCopies.Write(_temp.PathOf("both"), 4, first: 24);
        var db = _temp.PathOf("actas.db");

        using var one = new ChildImport([.. first, .. shared, "--db", db, "--no-classify", "--jobs", "2"]);
        using var two = new ChildImport([.. second, .. shared, "--db", db, "--no-classify", "--jobs", "2"]);
        var (exitOne, outputOne) = one.Wait(TimeSpan.FromSeconds(60));
        var (exitTwo, outputTwo) = two.Wait(TimeSpan.FromSeconds(60));

        Assert.True(exitOne == 0, outputOne);
        Assert.True(exitTwo == 0, outputTwo);
        AssertConsistent(db, 28, complete: true);
    }

    private static long StoredDocuments(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = Open(db);
            return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") == 0
                ? 0
                : connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents");
        }
        catch (SqliteException)
        {
            return 0; // being created by the child
        }
    }

    /// <summary>Each document at most once (exactly once when complete), each with its session, nothing orphaned.</summary>
    private static void AssertConsistent(string db, int documents, bool complete = false)
    {
        if (!File.Exists(db))
        {
            Assert.False(complete, "no database after a finished import");
            return;
        }

        using var connection = Open(db);
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") == 0)
        {
            Assert.False(complete, "no schema after a finished import");
            return;
        }

        Assert.Empty(connection.Query<string>("PRAGMA foreign_key_check"));
        var stored = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents");
        Assert.Equal(stored, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT sha256) FROM documents"));
        Assert.Equal(stored, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT path) FROM documents"));
        Assert.Equal(stored, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sessions"));
        Assert.Equal(stored, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT date) FROM sessions"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.document_id = d.id)"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM strategies t WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = t.session_id)"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM feedback_items f WHERE NOT EXISTS (SELECT 1 FROM strategies t WHERE t.id = f.strategy_id)"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM attendance a WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = a.session_id)"));
        // Every stored session is whole: as many strategies and feedback items as the seed gives.
        var perSession = connection.Query<(long Strategies, long Feedback)>(
            """
            SELECT (SELECT COUNT(*) FROM strategies t WHERE t.session_id = s.id),
                   (SELECT COUNT(*) FROM feedback_items f JOIN strategies t ON t.id = f.strategy_id WHERE t.session_id = s.id)
            FROM sessions s
            """).Distinct().ToList();
        Assert.True(perSession.Count <= 1, $"sessions differ in content: {string.Join(", ", perSession)}");
        if (complete)
        {
            Assert.Equal(documents, stored);
        }
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 5000");
        return connection;
    }
}
