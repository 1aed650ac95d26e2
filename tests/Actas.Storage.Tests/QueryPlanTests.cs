using System.Reflection;
using Actas.Storage.Queries;
using Dapper;

namespace Actas.Storage.Tests;

/// <summary>
/// Guards the indexes (checked with EXPLAIN QUERY PLAN on an empty-statistics database, as a fresh import
/// has): every join reaches its inner tables through an index, and no correlated subquery scans a table.
/// </summary>
public sealed class QueryPlanTests
{
    public static TheoryData<string> QueryNames() => new(
        typeof(QuerySql).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string) && f.Name is not (nameof(QuerySql.SessionFilter) or nameof(QuerySql.FactFilter)))
            .Select(f => f.Name));

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Query_reaches_child_tables_through_indexes(string name)
    {
        using var db = new TempDatabase();
        SampleActas.StoreAll(db.Store);
        var sql = (string)typeof(QuerySql).GetField(name)!.GetValue(null)!;

        var plan = db.Connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql,
            new { Body = (string?)null, Since = (string?)null, Until = (string?)null, Any = 0, Strategy = 520, Match = "\"informe\"" })
            .ToList();

        var scans = plan.Where(r => r.Detail.StartsWith("SCAN ", StringComparison.Ordinal))
            .Where(r => !IsAllowed(r, plan))
            .Select(r => r.Detail)
            .ToList();
        Assert.True(scans.Count == 0, $"{name} scans: {string.Join("; ", scans)}\nplan:\n{string.Join("\n", plan.Select(r => r.Detail))}");
    }

    /// <summary>
    /// A scan is fine as the outer loop of a join (each row is read once, and the session filter, a substring of
    /// the body key, cannot use an index anyway). It is not fine as an inner loop, nor inside a correlated
    /// subquery, where it would run once per outer row. Scans of a subquery's own result are exempt.
    /// </summary>
    private static bool IsAllowed((long Id, long Parent, long NotUsed, string Detail) row, List<(long Id, long Parent, long NotUsed, string Detail)> plan)
    {
        if (row.Detail.StartsWith("SCAN (", StringComparison.Ordinal))
        {
            return true;
        }

        var firstLoop = plan.First(r => r.Parent == row.Parent
            && (r.Detail.StartsWith("SCAN ", StringComparison.Ordinal) || r.Detail.StartsWith("SEARCH ", StringComparison.Ordinal)));
        if (firstLoop.Id != row.Id)
        {
            return false;
        }

        var byId = plan.ToDictionary(r => r.Id);
        for (var parent = row.Parent; byId.TryGetValue(parent, out var node); parent = node.Parent)
        {
            if (node.Detail.StartsWith("CORRELATED", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
