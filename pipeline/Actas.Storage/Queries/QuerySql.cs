namespace Actas.Storage.Queries;

/// <summary>
/// Every query's SQL, in one place. All values arrive as parameters: @Body (folded, see
/// <see cref="Keys.TextKey.Fold"/>), @Since, @Until, and per query @Any, @Strategy.
/// Queries read <c>current_sessions</c>, so superseded versions of a file are never counted.
/// </summary>
internal static class QuerySql
{
    /// <summary>Filter on a <c>current_sessions</c> row aliased <c>cs</c>.</summary>
    public const string SessionFilter = """
        (@Body IS NULL OR instr(cs.body_key, @Body) > 0)
        AND (@Since IS NULL OR cs.date >= @Since)
        AND (@Until IS NULL OR cs.date <= @Until)
        """;

    /// <summary>The same filter on a fact table row aliased <c>fx</c> (see migration 6), which carries its session's body and date.</summary>
    public const string FactFilter = """
        (@Body IS NULL OR fx.body_id IN (SELECT b.id FROM bodies b WHERE instr(b.key, @Body) > 0))
        AND (@Since IS NULL OR fx.date >= @Since)
        AND (@Until IS NULL OR fx.date <= @Until)
        """;

    private const string FilteredSessions = "cs AS (SELECT * FROM current_sessions cs WHERE " + SessionFilter + ")";

    public const string Sessions = """
        SELECT cs.body, cs.number, cs.date,
               (SELECT COUNT(*) FROM strategies st WHERE st.session_id = cs.id) AS strategies,
               (SELECT COUNT(*) FROM attendance a WHERE a.session_id = cs.id) AS attendees,
               cs.path AS file
        FROM current_sessions cs
        WHERE
        """ + SessionFilter + """

        ORDER BY cs.body, cs.date, cs.number, cs.id
        """;

    /// <summary>Goals (and goal-less strategies) per body with how many reviews found no report.</summary>
    public const string Unreported = """
        WITH goals_reviewed AS (
            SELECT fx.body_id, fx.strategy_number, fx.goal_id,
                   COUNT(DISTINCT fx.session_id) AS sessions_reviewed,
                   COUNT(DISTINCT CASE WHEN fx.unreported THEN fx.session_id END) AS sessions_unreported,
                   MAX(CASE WHEN fx.unreported THEN fx.date END) AS last_session_date
            FROM fact_reviews fx
            WHERE
        """ + FactFilter + """

            GROUP BY fx.body_id, fx.strategy_number, fx.goal_id
            HAVING sessions_unreported > 0 AND (@Any = 1 OR sessions_unreported = sessions_reviewed)
        )
        SELECT b.name AS body, gv.strategy_number AS strategy, g.goal_code AS goal, g.executor,
               gv.sessions_reviewed, gv.sessions_unreported, gv.last_session_date
        FROM goals_reviewed gv
        LEFT JOIN bodies b ON b.id = gv.body_id
        LEFT JOIN goals g ON g.id = gv.goal_id
        ORDER BY body, strategy, goal
        """;

    /// <summary>
    /// Strategies announced for review (next_session and agreements) that no later session of the body
    /// reviewed, and announced next-session dates no session of the body has. "Later" looks at every
    /// stored session, not only those the filter selects; later_sessions counts the body's sessions after this one.
    /// </summary>
    public const string Agreements = """
        WITH ranked AS (
            SELECT cs.*,
                   CASE WHEN cs.body_id IS NULL OR cs.date IS NULL THEN 0
                        ELSE COUNT(*) OVER (PARTITION BY cs.body_id ORDER BY cs.date DESC
                                            GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) END AS later_sessions
            FROM current_sessions cs
        ),
        cs AS (SELECT * FROM ranked cs WHERE
        """ + SessionFilter + """
        ),
        announced AS (
            SELECT ns.session_id, ns.strategy_number FROM next_session_strategies ns
            UNION ALL
            SELECT a.session_id, ags.strategy_number
            FROM agreements a JOIN agreement_strategies ags ON ags.agreement_id = a.id
        ),
        not_reviewed_later AS (
            SELECT DISTINCT an.session_id, an.strategy_number AS strategy
            FROM announced an
            JOIN sessions s ON s.id = an.session_id
            WHERE NOT EXISTS (
                SELECT 1 FROM fact_reviews r
                WHERE r.body_id = s.body_id AND r.strategy_number = an.strategy_number AND r.date > s.date)
        )
        SELECT cs.body, cs.number AS session_number, cs.date AS session_date, 'strategy' AS item,
               nr.strategy, NULL AS announced_date, cs.later_sessions
        FROM not_reviewed_later nr
        JOIN cs ON cs.id = nr.session_id
        UNION ALL
        SELECT cs.body, cs.number, cs.date, 'next_session_date', NULL, ns.date, cs.later_sessions
        FROM cs
        JOIN next_sessions ns ON ns.session_id = cs.id
        WHERE ns.date IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM current_sessions l WHERE l.body_id = cs.body_id AND l.date = ns.date)
        ORDER BY 1, 3, 4, 5
        """;

    /// <summary>Per body and institution: sessions attended of those held, first and last date, who came.</summary>
    public const string Attendance = "WITH " + FilteredSessions + """
        ,
        held AS (SELECT body_id, COUNT(*) AS n FROM cs GROUP BY body_id),
        attended AS (
            SELECT fx.body_id, fx.institution_id, COUNT(DISTINCT fx.session_id) AS sessions_attended,
                   MIN(fx.date) AS first_date, MAX(fx.date) AS last_date
            FROM fact_attendance fx
            WHERE
        """ + FactFilter + """

            GROUP BY fx.body_id, fx.institution_id
        ),
        representatives AS (
            SELECT DISTINCT fx.body_id, fx.institution_id, fx.person_id
            FROM fact_attendance fx
            WHERE
        """ + FactFilter + """

        ),
        names AS (
            SELECT body_id, institution_id, json_group_array(name) AS people_json
            FROM (SELECT r.body_id, r.institution_id, p.name
                  FROM representatives r JOIN people p ON p.id = r.person_id
                  ORDER BY r.body_id, r.institution_id, p.name)
            GROUP BY body_id, institution_id
        )
        SELECT b.name AS body, i.key AS institution_key, i.name AS institution,
               at.sessions_attended, held.n AS sessions_held, at.first_date, at.last_date, names.people_json
        FROM attended at
        JOIN held ON held.body_id IS at.body_id
        JOIN names ON names.body_id IS at.body_id AND names.institution_id IS at.institution_id
        LEFT JOIN bodies b ON b.id = at.body_id
        LEFT JOIN institutions i ON i.id = at.institution_id
        ORDER BY body, at.sessions_attended DESC, institution_key
        """;

    /// <summary>Figures in document order within each strategy row; @Strategy NULL for all strategies.</summary>
    public const string Figures = "WITH " + FilteredSessions + """

        SELECT cs.body, st.number AS strategy, st.id AS strategy_row, f.goal_code AS goal,
               cs.date AS session_date, cs.number AS session_number,
               f.position, f.value, f.unit, f.context
        FROM cs
        JOIN strategies st ON st.session_id = cs.id
        JOIN figures f ON f.strategy_id = st.id
        WHERE @Strategy IS NULL OR st.number = @Strategy
        ORDER BY st.id, f.position
        """;


    /// <summary>
    /// The years a date filter cuts: that of --since unless it is 1 January, that of --until unless it is 31 December.
    /// The label mix reads whole years from the yearly counts (migration 7) and cut years from the facts.
    /// </summary>
    private const string CutYears = """
        cut_years AS (
            SELECT substr(@Since, 1, 4) AS year WHERE @Since IS NOT NULL AND substr(@Since, 6) <> '01-01'
            UNION
            SELECT substr(@Until, 1, 4) WHERE @Until IS NOT NULL AND substr(@Until, 6) <> '12-31')
        """;

    /// <summary>
    /// Feedback label mix per year and institution over the years the filter takes whole: items, and a JSON array of
    /// [label, items] pairs. An item's institution is the executor of its goal; for an item with no goal, the executor
    /// shared by all the strategy's goals, else NULL (see migration 6).
    /// </summary>
    public static readonly string FeedbackByInstitutionWholeYears =
        LabelMixWholeYears("feedback_institution_years", "executor_key", "nullif(y.executor_key, '')");

    /// <summary>The same for the years the filter cuts, counted from the facts.</summary>
    public static readonly string FeedbackByInstitutionCutYears = LabelMixCutYears("executor_key");

    /// <summary>Feedback label mix per year and strategy number over the years the filter takes whole.</summary>
    public static readonly string FeedbackByStrategyWholeYears =
        LabelMixWholeYears("feedback_strategy_years", "strategy_number", "y.strategy_number");

    /// <summary>The same for the years the filter cuts, counted from the facts.</summary>
    public static readonly string FeedbackByStrategyCutYears = LabelMixCutYears("strategy_number");

    /// <param name="table">A yearly count table of migration 7.</param>
    /// <param name="keyColumn">Its key column (also a column of <c>fact_feedback</c>).</param>
    /// <param name="key">The key as returned, '' back to NULL where the table stores NULL as ''.</param>
    private static string LabelMixWholeYears(string table, string keyColumn, string key) => "WITH " + CutYears + $"""

        SELECT nullif(y.year, '') AS year, {key} AS key, SUM(y.items) AS items,
               json_group_array(json_array(nullif(y.label, ''), y.items)) AS labels_json
        FROM {table} y
        WHERE (@Body IS NULL OR y.body_id IN (SELECT b.id FROM bodies b WHERE instr(b.key, @Body) > 0))
          AND (@Since IS NULL OR y.year >= substr(@Since, 1, 4))
          AND (@Until IS NULL OR y.year <= substr(@Until, 1, 4))
          AND y.year NOT IN (SELECT year FROM cut_years)
        GROUP BY y.year, y.{keyColumn}
        ORDER BY y.year, y.{keyColumn}
        """;

    private static string LabelMixCutYears(string keyColumn) => "WITH " + CutYears + $"""

        SELECT year, key, SUM(items) AS items, json_group_array(json_array(label, items)) AS labels_json
        FROM (
            SELECT fx.year, fx.{keyColumn} AS key, fx.label, COUNT(*) AS items
            FROM fact_feedback fx
            WHERE fx.year IN (SELECT year FROM cut_years) AND
        """ + FactFilter + $"""

            GROUP BY fx.year, fx.{keyColumn}, fx.label)
        GROUP BY year, key
        ORDER BY year, key
        """;

    public const string HistoryStrategies = "WITH " + FilteredSessions + """

        SELECT st.id AS strategy_row, cs.body, cs.date AS session_date, cs.number AS session_number,
               st.report_status AS status, cs.path AS file
        FROM cs JOIN strategies st ON st.session_id = cs.id
        WHERE st.number = @Strategy
        ORDER BY cs.date, cs.number, cs.body, st.id
        """;

    public const string HistoryGoals = """
        SELECT gr.strategy_id AS strategy_row, gr.goal_code AS goal, gr.executor, gr.status
        FROM strategies st JOIN goal_reports gr ON gr.strategy_id = st.id
        WHERE st.number = @Strategy
        ORDER BY gr.strategy_id, gr.position
        """;

    public const string HistoryFigures = """
        SELECT st.id AS strategy_row, f.goal_code AS goal, f.position, f.value, f.unit, f.context
        FROM strategies st JOIN figures f ON f.strategy_id = st.id
        WHERE st.number = @Strategy
        ORDER BY st.id, f.position
        """;

    public const string HistoryFeedback = """
        SELECT st.id AS strategy_row, f.goal_code AS goal, fl.label
        FROM strategies st
        JOIN feedback_items f ON f.strategy_id = st.id
        JOIN feedback_labels fl ON fl.item_id = f.id
        WHERE st.number = @Strategy
        ORDER BY st.id, f.position
        """;

    /// <summary>
    /// Feedback items and INFORME texts matching @Match (an FTS5 query, see <see cref="SearchQuery"/>), with a
    /// snippet whose matches are marked «like this». A search row's rowid is 2 × the feedback item's id, or 2 × the
    /// goal report's id + 1 (migration 4), so matches are joined without reading the index's stored columns.
    /// </summary>
    public const string Search = "WITH " + FilteredSessions + """

        SELECT b.name AS body, fx.date AS session_date, s.number AS session_number, fx.strategy_number AS strategy,
               f.goal_code AS goal, 'feedback' AS kind, f.section, fx.label,
               snippet(search_text, 0, '«', '»', '…', 16) AS snippet
        FROM search_text
        JOIN fact_feedback fx ON fx.item_id = search_text.rowid / 2
        JOIN feedback_items f ON f.id = fx.item_id
        JOIN sessions s ON s.id = fx.session_id
        LEFT JOIN bodies b ON b.id = fx.body_id
        WHERE search_text MATCH @Match AND search_text.rowid % 2 = 0 AND
        """ + FactFilter + """

        UNION ALL
        SELECT cs.body, cs.date, cs.number, st.number, gr.goal_code, 'report', NULL, NULL,
               snippet(search_text, 0, '«', '»', '…', 16)
        FROM search_text
        JOIN goal_reports gr ON gr.id = search_text.rowid / 2
        JOIN strategies st ON st.id = gr.strategy_id
        JOIN cs ON cs.id = st.session_id
        WHERE search_text MATCH @Match AND search_text.rowid % 2 = 1
        ORDER BY 2, 1, 4, 5, 6
        LIMIT @Limit
        """;
}
