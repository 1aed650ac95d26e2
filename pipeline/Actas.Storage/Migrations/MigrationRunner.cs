using Actas.Storage.Keys;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Migrations;

/// <summary>
/// Brings a database up to the newest <see cref="SchemaMigrations.All"/> step. The applied version lives in
/// <c>PRAGMA user_version</c> (and a row per step in <c>schema_version</c>), so running it again is a no-op.
/// </summary>
public static class MigrationRunner
{
    /// <summary>Applies the missing steps; returns how many were applied.</summary>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<Migration>? migrations = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        migrations ??= SchemaMigrations.All;
        var current = CurrentVersion(connection);
        var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (current > newest)
        {
            throw new InvalidOperationException(
                $"the database is at schema version {current} but this program knows only up to {newest}; use a newer actas");
        }

        // Steps may call it (migration 4 backfills label_corrections.text_key); registered per connection, used in no
        // view, index or trigger, so other SQLite tools can still read the database.
        connection.CreateFunction("actas_text_key", (string? text) => text is null ? null : TextKey.Fold(text), isDeterministic: true);
        var applied = 0;
        // A step is missing when schema_version has no row for it — also a step numbered below the
        // database's version that was added to the code later (4 added after 5 had been applied).
        foreach (var migration in migrations.Where(m => m.Version > current || !IsRecorded(connection, m.Version, null)).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            // Two processes opening a new database at once: the second waits for the first's write lock and
            // must then see that the step is already applied.
            if (IsRecorded(connection, migration.Version, transaction) ||
                (migration.Version > current && connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction) >= migration.Version))
            {
                continue;
            }

            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = DateTime.UtcNow.ToString("O") },
                transaction);
            // PRAGMA takes no parameters; Version is an int from code, never user input.
            var version = Math.Max(migration.Version, connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction));
            connection.Execute($"PRAGMA user_version = {version}", transaction: transaction);
            transaction.Commit();
            applied++;
        }

        return applied;
    }

    private static bool IsRecorded(SqliteConnection connection, int version, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", transaction: transaction) > 0 &&
        connection.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_version WHERE version = @version", new { version }, transaction) > 0;

    public static int CurrentVersion(SqliteConnection connection) =>
        connection.ExecuteScalar<int>("PRAGMA user_version");
}
