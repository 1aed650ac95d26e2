using Actas.Storage.Queries;
using Dapper;

namespace Actas.Storage.Tests;

/// <summary>
/// The heavy queries read migration 6's fact tables through the covering index that has their GROUP BY order, so
/// groups stream without a sort (measured with scripts/bench-queries.sh).
/// </summary>
public sealed class CoveringIndexTests
{
    [Theory]
    [InlineData(nameof(QuerySql.FeedbackByInstitutionWholeYears), "SCAN y")]
    [InlineData(nameof(QuerySql.FeedbackByStrategyWholeYears), "SCAN y")]
    [InlineData(nameof(QuerySql.FeedbackByInstitutionCutYears), "SEARCH fx USING COVERING INDEX ix_fact_feedback_institution (year=?)")]
    [InlineData(nameof(QuerySql.FeedbackByStrategyCutYears), "SEARCH fx USING COVERING INDEX ix_fact_feedback_strategy (year=?)")]
    [InlineData(nameof(QuerySql.Unreported), "SCAN fx USING COVERING INDEX ix_fact_reviews_goal")]
    [InlineData(nameof(QuerySql.Attendance), "SCAN fx USING COVERING INDEX ix_fact_attendance_institution")]
    [InlineData(nameof(QuerySql.Attendance), "SCAN fx USING COVERING INDEX ix_fact_attendance_people")]
    [InlineData(nameof(QuerySql.Agreements), "SEARCH r USING COVERING INDEX ix_fact_reviews_later (body_id=? AND strategy_number=? AND date>?)")]
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
        if (!name.EndsWith("CutYears", StringComparison.Ordinal))
        {
            // Cut-year queries regroup the label counts of at most two years; everything else streams.
            Assert.DoesNotContain(plan, d => d.Contains("TEMP B-TREE FOR GROUP BY", StringComparison.Ordinal));
        }
    }
}
