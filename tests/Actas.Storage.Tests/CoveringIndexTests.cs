using Actas.Storage.Queries;
using Dapper;

namespace Actas.Storage.Tests;

/// <summary>Migration 5's covering indexes are the ones the heavy queries read (measured with scripts/bench-queries.sh).</summary>
public sealed class CoveringIndexTests
{
    [Theory]
    [InlineData(nameof(QuerySql.Feedback), "COVERING INDEX ix_goal_reports_strategy_cover")]
    [InlineData(nameof(QuerySql.Feedback), "COVERING INDEX ix_feedback_strategy_cover")]
    [InlineData(nameof(QuerySql.Attendance), "COVERING INDEX ix_attendance_session_cover")]
    [InlineData(nameof(QuerySql.Attendance), "COVERING INDEX ix_attendance_institution_cover")]
    public void Heavy_queries_read_covering_indexes(string name, string expected)
    {
        using var db = new TempDatabase();
        SampleActas.StoreAll(db.Store);
        var sql = (string)typeof(QuerySql).GetField(name)!.GetValue(null)!;

        var plan = db.Connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql,
            new { Body = (string?)null, Since = (string?)null, Until = (string?)null, Any = 0, Strategy = 520 })
            .Select(r => r.Detail)
            .ToList();

        Assert.True(plan.Any(d => d.Contains(expected, StringComparison.Ordinal)), $"{name} does not use {expected}:\n{string.Join("\n", plan)}");
    }
}
