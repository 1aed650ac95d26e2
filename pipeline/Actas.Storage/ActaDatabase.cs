using Actas.Storage.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage;

/// <summary>
/// The one place connections are opened: WAL journal (readers do not block the importer) with synchronous = NORMAL, foreign keys
/// enforced, a 5 s busy timeout for a second process, and the schema migrated to the newest version.
/// </summary>
public static class ActaDatabase
{
    /// <summary>
    /// Columns are snake_case in SQL, properties PascalCase in C#. Called by every reader of the database, so a
    /// connection opened elsewhere (an in-memory test database) maps rows the same way.
    /// </summary>
    internal static void ConfigureMapping() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>Opens (creating if needed) the database file at <paramref name="path"/> and migrates it.</summary>
    public static SqliteConnection Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ConfigureMapping();
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 5,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // synchronous = NORMAL: in WAL mode a commit no longer waits for fsync (2 ms a document here); the database
            // stays consistent after a crash, and a power cut loses at most the last documents, which a re-import stores.
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            MigrationRunner.Migrate(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
