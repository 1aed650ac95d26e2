using Actas.Storage.Queries;
using Dapper;

namespace Actas.Storage.Tests;

/// <summary>
/// Migration 6's fact tables must stay equal to their <c>*_source</c> views (the same rows computed from the
/// stored tables) through every change the program makes; a trigger that misses one leaves the queries wrong.
/// </summary>
public sealed class FactTableTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public FactTableTests() => SampleActas.StoreAll(_db.Store);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Fact_tables_are_filled_when_actas_are_stored()
    {
        AssertFactsMatchSources("after storing");
        // T23 reviews 3 goals of 520 + goal-less strategies elsewhere; every feedback item and attendance is a fact.
        Assert.Equal(_db.Count("feedback_items"), _db.Count("fact_feedback"));
        Assert.Equal(_db.Count("attendance"), _db.Count("fact_attendance"));
        Assert.Equal(
            _db.Connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM strategies st LEFT JOIN goal_reports gr ON gr.strategy_id = st.id"),
            _db.Count("fact_reviews"));
    }

    [Fact]
    public void A_superseded_version_leaves_the_facts_and_a_version_made_current_again_returns()
    {
        var path = $"/corpus/{SampleActas.T23.Source.File}";
        var edited = SampleActas.T23 with
        {
            Source = SampleActas.T23.Source with { Sha256 = new string('e', 64) },
            Session = SampleActas.T23.Session with { Date = "2018-09-12" },
        };

        _db.Store.Store(edited, path);
        AssertFactsMatchSources("after a new version");
        Assert.Equal(0, _db.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact_feedback WHERE date = '2018-09-11'"));

        _db.Store.Store(SampleActas.T23, path);
        AssertFactsMatchSources("after changing back");
        Assert.Equal(0, _db.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact_feedback WHERE date = '2018-09-12'"));
    }

    [Fact]
    public void Corrections_added_changed_and_removed_and_relabelling_reach_the_feedback_facts()
    {
        var item = _db.Connection.ExecuteScalar<long>("SELECT MIN(id) FROM feedback_items");
        _db.Connection.Execute(
            """
            INSERT INTO label_corrections (feedback_item_id, old_label, new_label, corrected_by, corrected_at)
            VALUES (@item, NULL, 'cuestiona', 'a', '2026-01-01T00:00:00Z'),
                   (@item, NULL, 'reconoce', 'b', '2026-02-01T00:00:00Z')
            """,
            new { item });
        AssertFactsMatchSources("after two corrections");
        Assert.Equal("reconoce", FactLabel(item));

        _db.Connection.Execute("UPDATE label_corrections SET corrected_at = '2025-01-01T00:00:00Z' WHERE new_label = 'reconoce'");
        AssertFactsMatchSources("after reordering the corrections");
        Assert.Equal("cuestiona", FactLabel(item));

        _db.Connection.Execute("DELETE FROM label_corrections");
        _db.Connection.Execute("UPDATE feedback_items SET label = 'proceso' WHERE id = @item", new { item });
        AssertFactsMatchSources("after removing corrections and relabelling");
        Assert.Equal("proceso", FactLabel(item));
    }

    [Fact]
    public void Deleting_a_sessions_rows_and_changing_its_date_keep_the_facts_in_step()
    {
        var session = _db.Connection.ExecuteScalar<long>("SELECT id FROM sessions WHERE number = 23");
        var firstGoal = _db.Connection.ExecuteScalar<long>(
            "SELECT MIN(gr.id) FROM goal_reports gr JOIN strategies st ON st.id = gr.strategy_id WHERE st.session_id = @session",
            new { session });

        _db.Connection.Execute("DELETE FROM goal_reports WHERE id = @firstGoal", new { firstGoal });
        AssertFactsMatchSources("after deleting one goal report");

        _db.Connection.Execute(
            """
            DELETE FROM goal_reports WHERE strategy_id IN (SELECT id FROM strategies WHERE session_id = @session);
            """,
            new { session });
        AssertFactsMatchSources("after deleting every goal report (strategies keep a goal-less review)");

        _db.Connection.Execute("UPDATE sessions SET date = '2018-10-01' WHERE id = @session", new { session });
        AssertFactsMatchSources("after changing the session date");

        _db.Connection.Execute(
            """
            DELETE FROM feedback_items WHERE strategy_id IN (SELECT id FROM strategies WHERE session_id = @session);
            DELETE FROM figures WHERE strategy_id IN (SELECT id FROM strategies WHERE session_id = @session);
            DELETE FROM strategies WHERE session_id = @session;
            DELETE FROM attendance WHERE session_id = @session;
            """,
            new { session });
        AssertFactsMatchSources("after deleting the session's rows");
        Assert.Equal(0, _db.Connection.ExecuteScalar<long>(
            "SELECT (SELECT COUNT(*) FROM fact_reviews WHERE session_id = @session) + (SELECT COUNT(*) FROM fact_feedback WHERE session_id = @session)"
            + " + (SELECT COUNT(*) FROM fact_attendance WHERE session_id = @session)",
            new { session }));
    }

    [Fact]
    public void Queries_read_facts_that_a_correction_has_changed()
    {
        var queries = new ActaQueries(_db.Connection);
        var before = queries.FeedbackByStrategy(QueryFilter.None).Single(r => r.Year == "2018" && r.Strategy == 520).Labels["exhorta"];

        _db.Connection.Execute(
            """
            INSERT INTO label_corrections (feedback_item_id, old_label, new_label, corrected_by, corrected_at)
            SELECT f.id, f.label, 'avance', 'analista', '2026-11-28T10:00:00Z'
            FROM feedback_items f WHERE f.label = 'exhorta' LIMIT 1
            """);

        var after = queries.FeedbackByStrategy(QueryFilter.None).Single(r => r.Year == "2018" && r.Strategy == 520);
        Assert.Equal(before - 1, after.Labels["exhorta"]);
        Assert.Equal(2, after.Labels["avance"]); // T23's own avance item plus the corrected one
    }

    private string? FactLabel(long item) =>
        _db.Connection.ExecuteScalar<string?>("SELECT label FROM fact_feedback WHERE item_id = @item", new { item });

    private void AssertFactsMatchSources(string when) => FactTables.AssertFactsMatchSources(_db.Connection, when);
}
