using Dapper;

namespace Actas.Storage.Tests;

/// <summary>Migration 6's fact tables checked against their <c>*_source</c> views (shared with the import tests).</summary>
internal static class FactTables
{
    private static readonly string[] Facts = ["fact_reviews", "fact_feedback", "fact_attendance"];

    /// <summary>Each fact table holds exactly the rows its <c>*_source</c> view computes.</summary>
    internal static void AssertFactsMatchSources(Microsoft.Data.Sqlite.SqliteConnection connection, string when)
    {
        foreach (var table in Facts)
        {
            // Both directions, and the counts: a duplicated fact row is as wrong as a missing one.
            var missing = connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM (SELECT * FROM {table}_source EXCEPT SELECT * FROM {table})");
            var extra = connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM (SELECT * FROM {table} EXCEPT SELECT * FROM {table}_source)");
            var counts = connection.QuerySingle<(long Table, long Source)>(
                $"SELECT (SELECT COUNT(*) FROM {table}), (SELECT COUNT(*) FROM {table}_source)");
            Assert.True(
                missing == 0 && extra == 0 && counts.Table == counts.Source,
                $"{when}: {table} has {counts.Table} rows, its source {counts.Source}; {missing} missing, {extra} extra");
        }

        // Migration 7's yearly counts equal the facts counted.
        foreach (var (table, key) in new[] { ("feedback_strategy_years", "strategy_number"), ("feedback_institution_years", "ifnull(executor_key, '')") })
        {
            var counted = $"SELECT ifnull(year, ''), {key}, ifnull(label, ''), ifnull(body_id, 0), COUNT(*) FROM fact_feedback GROUP BY 1, 2, 3, 4";
            var stored = $"SELECT year, {(key.StartsWith("ifnull", StringComparison.Ordinal) ? "executor_key" : key)}, label, body_id, items FROM {table}";
            var differences = connection.ExecuteScalar<long>(
                $"SELECT (SELECT COUNT(*) FROM ({counted} EXCEPT {stored})) + (SELECT COUNT(*) FROM ({stored} EXCEPT {counted}))");
            Assert.True(differences == 0, $"{when}: {table} differs from the counted facts in {differences} rows");
        }
    }
}
