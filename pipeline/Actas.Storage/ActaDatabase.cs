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
    /// <exception cref="ActaDatabaseException">The file is another program's database (nothing is added to it) or newer than this program.</exception>
    public static SqliteConnection Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ConfigureMapping();
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            // Looked at read-only first: a foreign file must not even get a WAL journal.
            using var look = OpenReadOnly(path);
            Identify(look, path);
        }

        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
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

    /// <summary>
    /// Opens an existing actas database for the read commands (queries, report, labels export) without writing to it, so an
    /// archived read-only file can be queried. A database at an older schema is opened with <see cref="Open"/> once, to be
    /// upgraded.
    /// </summary>
    /// <exception cref="ActaDatabaseException">Another program's database, an empty file, a newer schema, or an older schema in a
    /// read-only file.</exception>
    public static SqliteConnection OpenForReading(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ConfigureMapping();
        if (new FileInfo(path) is { Exists: true, Length: 0 })
        {
            throw ActaDatabaseException.Empty(path);
        }

        var connection = OpenReadOnly(path);
        try
        {
            var version = Identify(connection, path);
            var newest = SchemaMigrations.All.Max(m => m.Version);
            if (version >= newest)
            {
                return connection;
            }

            connection.Dispose();
            try
            {
                return Open(path);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 8 /* SQLITE_READONLY */ or 14 /* SQLITE_CANTOPEN */)
            {
                throw ActaDatabaseException.ReadOnlyOld(path, version, newest);
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A read-only connection. A WAL database in a folder where its -shm file cannot be created (an archive) is opened as
    /// immutable: nothing writes to it while it is archived.
    /// </summary>
    private static SqliteConnection OpenReadOnly(string path)
    {
        var connection = Connect(path, SqliteOpenMode.ReadOnly);
        try
        {
            connection.Open();
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master");
            return connection;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 14 /* SQLITE_CANTOPEN */ or 8)
        {
            connection.Dispose();
            var immutable = Connect(new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1", SqliteOpenMode.ReadOnly);
            immutable.Open();
            return immutable;
        }
    }

    private static SqliteConnection Connect(string dataSource, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = dataSource, Mode = mode, Pooling = false, DefaultTimeout = 5 }.ToString());

    /// <summary>The schema version of an actas database; throws for anything else.</summary>
    private static int Identify(SqliteConnection connection, string path)
    {
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").AsList();
        var version = MigrationRunner.CurrentVersion(connection);
        if (tables.Count > 0 && !tables.Contains("schema_version"))
        {
            throw ActaDatabaseException.Foreign(path, tables);
        }

        var newest = SchemaMigrations.All.Max(m => m.Version);
        if (version > newest)
        {
            throw ActaDatabaseException.TooNew(path, version, newest);
        }

        return version;
    }
}
