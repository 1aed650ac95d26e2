using Actas.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Tests;

/// <summary>A real SQLite file in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "actas-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = System.IO.Path.Combine(Folder, "actas.db");
        Store = SqliteActaStore.Open(DatabasePath);
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public SqliteActaStore Store { get; }

    public SqliteConnection Connection => Store.Connection;

    public static readonly string[] ContentTables =
    [
        "bodies", "documents", "sessions", "institutions", "people", "attendance", "strategies", "goals",
        "goal_reports", "figures", "feedback_items", "agreements", "agreement_strategies", "agreement_dates",
        "next_sessions", "next_session_strategies", "search_text",
    ];

    /// <summary>Row count of every content table, "table=n" joined, for before/after comparisons.</summary>
    public string Counts() => string.Join(", ", ContentTables.Select(t => $"{t}={Connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {t}")}"));

    public long Count(string table) => Connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");

    public string FilePath(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose()
    {
        Store.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
