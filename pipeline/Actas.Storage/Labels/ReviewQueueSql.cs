namespace Actas.Storage.Labels;

/// <summary>
/// The review queue's SQL, written with only the filters asked for, so SQLite plans each case on its best index
/// (an <c>@X IS NULL OR …</c> term hides every index from the planner): no filter or the model's label only walks
/// <c>ix_feedback_confidence</c> (migration 9) and stops at the first rows; a body or a strategy starts from its own
/// sessions or strategy rows and sorts only those. At 12,000 sessions each case takes under 20 ms.
/// </summary>
internal static class ReviewQueueSql
{
    /// <summary>Bodies whose folded key contains <c>@Body</c> (a substring, as the queries' body filter).</summary>
    private const string BodyIds = "(SELECT b.id FROM bodies b WHERE instr(b.key, @Body) > 0)";

    /// <summary>The newest correction's label of item <c>f</c>, NULL when nobody corrected it.</summary>
    internal const string LatestCorrection = """
        (SELECT lc.new_label FROM label_corrections lc WHERE lc.feedback_item_id = f.id
         ORDER BY lc.corrected_at DESC, lc.id DESC LIMIT 1)
        """;

    /// <summary>
    /// Review rows, least confident first, then in document order; parameters @Body, @Strategy, @Label, @Limit
    /// (-1: all). SQLite sorts NULL before any number, so unlabelled items (confidence NULL) come first.
    /// </summary>
    /// <param name="limited">Only the first rows are asked for (the workbench's queue); a whole export is sorted instead.</param>
    public static string Rows(bool body, bool strategy, bool label, bool pendingOnly, bool limited)
    {
        var where = new List<string>();
        if (body) { where.Add("cs.body_id IN " + BodyIds); }
        if (strategy) { where.Add("st.number = @Strategy"); }
        if (label) { where.Add("f.label = @Label"); }
        if (pendingOnly) { where.Add("NOT EXISTS (SELECT 1 FROM label_corrections lc WHERE lc.feedback_item_id = f.id)"); }
        // Without statistics SQLite 3.53 prefers sorting every item read through ix_feedback_strategy (0.3 s at 480 k
        // items) to walking the confidence index and stopping at the limit (2 ms): it is named when nothing narrower applies.
        var walk = body || strategy || !limited ? "" : " INDEXED BY ix_feedback_confidence";
        return $"""
            WITH picked AS (
                SELECT f.id, cs.body, cs.date, cs.id AS session_id, st.id AS strategy_id, st.number, st.position AS strategy_position,
                       f.position, f.confidence
                FROM current_sessions cs
                JOIN strategies st ON st.session_id = cs.id
                JOIN feedback_items f{walk} ON f.strategy_id = st.id
                {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
                ORDER BY f.confidence, cs.date, cs.id, st.position, f.position
                LIMIT @Limit)
            SELECT f.id AS item_id, p.body, p.date AS session_date, p.number AS strategy, f.goal_code AS goal,
                   (SELECT gr.executor FROM goal_reports gr
                    WHERE gr.strategy_id = p.strategy_id AND gr.goal_code = f.goal_code ORDER BY gr.position LIMIT 1) AS institution,
                   f.section, f.text, f.label AS predicted, f.confidence, {LatestCorrection} AS corrected
            FROM picked p JOIN feedback_items f ON f.id = p.id
            ORDER BY p.confidence, p.date, p.session_id, p.strategy_position, p.position
            """;
    }

    /// <summary>
    /// Progress over current items (of the bodies matching @Body when <paramref name="body"/>): items with a person's
    /// decision, the items in scope (the yearly counts of migration 7 hold one per current item), and of the decided
    /// items those whose effective label (<c>fact_feedback.label</c>, the newest decision) is the model's.
    /// </summary>
    public static string Progress(bool body)
    {
        var facts = body ? "AND fx.body_id IN " + BodyIds : "";
        var counts = body ? "WHERE body_id IN " + BodyIds : "";
        return $"""
            SELECT COUNT(*) AS reviewed,
                   (SELECT COALESCE(SUM(items), 0) FROM feedback_strategy_years {counts}) AS total,
                   COALESCE(SUM(fx.label = f.label), 0) AS agree
            FROM fact_feedback fx JOIN feedback_items f ON f.id = fx.item_id
            WHERE fx.item_id IN (SELECT lc.feedback_item_id FROM label_corrections lc WHERE lc.feedback_item_id IS NOT NULL) {facts}
            """;
    }
}
