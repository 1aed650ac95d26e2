using Actas.Storage.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Empty_database_migrates_to_the_newest_version()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        var applied = MigrationRunner.Migrate(connection);

        var newest = SchemaMigrations.All.Max(m => m.Version);
        Assert.Equal(SchemaMigrations.All.Count, applied);
        Assert.Equal(newest, MigrationRunner.CurrentVersion(connection));
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        foreach (var table in TempDatabase.ContentTables.Concat(["import_runs", "label_corrections", "model_versions", "schema_version"]))
        {
            Assert.Contains(table, tables);
        }
    }

    [Fact]
    public void Running_migrations_again_is_a_no_op()
    {
        using var db = new TempDatabase();
        var schemaBefore = db.Connection.Query<string>("SELECT sql FROM sqlite_master ORDER BY name").ToList();

        var applied = MigrationRunner.Migrate(db.Connection);
        using var reopened = ActaDatabase.Open(db.DatabasePath);

        Assert.Equal(0, applied);
        Assert.Equal(schemaBefore, reopened.Query<string>("SELECT sql FROM sqlite_master ORDER BY name").ToList());
        Assert.Equal(SchemaMigrations.All.Count, reopened.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void A_step_added_later_below_the_database_version_is_still_applied()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var withoutFour = SchemaMigrations.All.Where(m => m.Version != 4).ToList();
        MigrationRunner.Migrate(connection, withoutFour);
        var late = new Migration(4, "added after 5 was applied", "CREATE TABLE late_step (id INTEGER PRIMARY KEY);");

        var applied = MigrationRunner.Migrate(connection, [.. withoutFour, late]);

        Assert.Equal(1, applied);
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'late_step'"));
        Assert.Equal(withoutFour.Max(m => m.Version), MigrationRunner.CurrentVersion(connection));
        Assert.Equal(0, MigrationRunner.Migrate(connection, [.. withoutFour, late]));
    }

    [Fact]
    public void Migration_4_added_to_a_database_at_version_5_backfills_corrections_and_search_rows()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON");
        // The schema as shipped before migrations 4, 6 and 7 were written: 1, 2, 3 and 5 (and 8, the OCR columns
        // today's store writes, and 9, an index; nothing in 4, 6 or 7 depends on them).
        MigrationRunner.Migrate(connection, [.. SchemaMigrations.All.Where(m => m.Version is 1 or 2 or 3 or 5 or 8 or 9)]);
        new SqliteActaStore(connection).Store(SampleActas.T23, "/corpus/acta-23.txt");
        var items = connection.Query<(long Id, string Text, int Strategy, string? Goal)>(
            "SELECT f.id, f.text, st.number, f.goal_code FROM feedback_items f JOIN strategies st ON st.id = f.strategy_id ORDER BY f.id").AsList();
        var corrected = items[1];
        connection.Execute(
            """
            INSERT INTO label_corrections (feedback_item_id, old_label, new_label, corrected_by, corrected_at)
            VALUES (@Id, 'avance', 'cuestiona', 'analista', '2026-01-01T00:00:00Z')
            """,
            new { corrected.Id });
        var searchRows = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM search_text");

        Assert.Equal(3, MigrationRunner.Migrate(connection));

        Assert.Equal(SchemaMigrations.All.Max(m => m.Version), MigrationRunner.CurrentVersion(connection));
        Assert.Equal("cuestiona", connection.ExecuteScalar<string>("SELECT label FROM fact_feedback WHERE item_id = @Id", new { corrected.Id }));
        var row = connection.QuerySingle<(long? ItemId, string Label, string Text, int Strategy, string? Goal, string TextKey)>(
            "SELECT feedback_item_id, new_label, item_text, strategy_number, goal_code, text_key FROM label_corrections");
        Assert.Equal((corrected.Id, "cuestiona", corrected.Text, corrected.Strategy, corrected.Goal, Keys.TextKey.Fold(corrected.Text)), row);
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT \"notnull\" FROM pragma_table_info('label_corrections') WHERE name = 'feedback_item_id'"));
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_label_corrections_item'"));
        Assert.Contains(new Queries.ActaQueries(connection).FeedbackByInstitution(Queries.QueryFilter.None), r => r.Labels.ContainsKey("cuestiona"));

        Assert.Equal(searchRows, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM search_text"));
        Assert.Equal(items.Select(i => 2 * i.Id), connection.Query<long>("SELECT rowid FROM search_text WHERE kind = 'feedback' ORDER BY rowid"));
        connection.Execute("UPDATE label_corrections SET feedback_item_id = NULL; DELETE FROM feedback_items; DELETE FROM goal_reports;");
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM search_text"));
        Assert.Equal(corrected.Text, connection.ExecuteScalar<string>("SELECT item_text FROM label_corrections"));
    }

    [Fact]
    public void A_database_newer_than_the_program_is_refused()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("PRAGMA user_version = 99");

        var ex = Assert.Throws<InvalidOperationException>(() => MigrationRunner.Migrate(connection));
        Assert.Contains("schema version 99", ex.Message);
    }

    [Fact]
    public void Connections_use_wal_foreign_keys_and_a_busy_timeout()
    {
        using var db = new TempDatabase();

        Assert.Equal("wal", db.Connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, db.Connection.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.Equal(5000, db.Connection.ExecuteScalar<int>("PRAGMA busy_timeout"));
    }

    [Fact]
    public void An_in_memory_database_migrated_by_hand_stores_and_queries_like_a_file()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        MigrationRunner.Migrate(connection);
        var store = new SqliteActaStore(connection);

        store.Store(SampleActas.T23, "/corpus/acta-23.txt");

        var row = Assert.Single(new Queries.ActaQueries(connection).Unreported(Queries.QueryFilter.None));
        Assert.Equal((1, 1, "2018-09-11"), (row.SessionsReviewed, row.SessionsUnreported, row.LastSessionDate));
    }
}
