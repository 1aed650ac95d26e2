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
    public const string Unreported = "WITH " + FilteredSessions + """
        ,
        reviewed AS (
            SELECT cs.body_id, cs.body, cs.id AS session_id, cs.date, st.number AS strategy,
                   gr.goal_id, g.goal_code AS goal, g.executor,
                   CASE WHEN gr.id IS NULL THEN st.report_status = 'not_reported'
                        ELSE gr.status = 'not_reported' END AS unreported
            FROM cs
            JOIN strategies st ON st.session_id = cs.id
            LEFT JOIN goal_reports gr ON gr.strategy_id = st.id
            LEFT JOIN goals g ON g.id = gr.goal_id
        )
        SELECT body, strategy, goal, executor,
               COUNT(DISTINCT session_id) AS sessions_reviewed,
               COUNT(DISTINCT CASE WHEN unreported THEN session_id END) AS sessions_unreported,
               MAX(CASE WHEN unreported THEN date END) AS last_session_date
        FROM reviewed
        GROUP BY body_id, strategy, goal_id
        HAVING sessions_unreported > 0 AND (@Any = 1 OR sessions_unreported = sessions_reviewed)
        ORDER BY body, strategy, goal
        """;

    /// <summary>
    /// Strategies announced for review (next_session and agreements) that no later session of the body
    /// reviewed, and announced next-session dates no session of the body has. "Later" looks at every
    /// stored session, not only those the filter selects.
    /// </summary>
    public const string Agreements = "WITH " + FilteredSessions + """
        ,
        announced AS (
            SELECT cs.id AS session_id, ns.strategy_number AS strategy
            FROM cs JOIN next_session_strategies ns ON ns.session_id = cs.id
            UNION
            SELECT cs.id, ags.strategy_number
            FROM cs JOIN agreements a ON a.session_id = cs.id
            JOIN agreement_strategies ags ON ags.agreement_id = a.id
        )
        SELECT cs.body, cs.number AS session_number, cs.date AS session_date, 'strategy' AS item,
               an.strategy, NULL AS announced_date,
               (SELECT COUNT(*) FROM current_sessions l WHERE l.body_id = cs.body_id AND l.date > cs.date) AS later_sessions
        FROM announced an
        JOIN cs ON cs.id = an.session_id
        WHERE NOT EXISTS (
            SELECT 1 FROM current_sessions l
            JOIN strategies st ON st.session_id = l.id
            WHERE l.body_id = cs.body_id AND l.date > cs.date AND st.number = an.strategy)
        UNION ALL
        SELECT cs.body, cs.number, cs.date, 'next_session_date', NULL, ns.date,
               (SELECT COUNT(*) FROM current_sessions l WHERE l.body_id = cs.body_id AND l.date > cs.date)
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
        att AS (
            SELECT cs.body_id, cs.body, cs.id AS session_id, cs.date, a.institution_id, a.person_id
            FROM cs JOIN attendance a ON a.session_id = cs.id
        )
        SELECT att.body, i.key AS institution_key, i.name AS institution,
               COUNT(DISTINCT att.session_id) AS sessions_attended, held.n AS sessions_held,
               MIN(att.date) AS first_date, MAX(att.date) AS last_date,
               (SELECT json_group_array(name) FROM (
                    SELECT DISTINCT p.name FROM att a2 JOIN people p ON p.id = a2.person_id
                    WHERE a2.body_id IS att.body_id AND a2.institution_id IS att.institution_id
                    ORDER BY p.name)) AS people_json
        FROM att
        LEFT JOIN institutions i ON i.id = att.institution_id
        JOIN held ON held.body_id IS att.body_id
        GROUP BY att.body_id, att.institution_id
        ORDER BY att.body, sessions_attended DESC, institution_key
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

    /// <summary>The label a feedback item has now: the newest human correction, else the model's.</summary>
    private const string EffectiveLabel = """
        coalesce((SELECT lc.new_label FROM label_corrections lc WHERE lc.feedback_item_id = f.id
                  ORDER BY lc.corrected_at DESC, lc.id DESC LIMIT 1), f.label)
        """;

    /// <summary>
    /// Feedback label counts per year, institution and strategy. An item's institution is the executor of its
    /// goal; for an item with no goal, the executor shared by all the strategy's goals, else NULL.
    /// </summary>
    public const string Feedback = "WITH " + FilteredSessions + """
        ,
        items AS (
            SELECT substr(cs.date, 1, 4) AS year, st.number AS strategy,
                   CASE WHEN f.goal_code IS NULL THEN
                            (SELECT CASE WHEN COUNT(DISTINCT gr.executor_key) = 1 THEN MAX(gr.executor_key) END
                             FROM goal_reports gr WHERE gr.strategy_id = st.id)
                        ELSE (SELECT gr.executor_key FROM goal_reports gr
                              WHERE gr.strategy_id = st.id AND gr.goal_code = f.goal_code
                              ORDER BY gr.position LIMIT 1)
                   END AS executor_key,
        """ + EffectiveLabel + """
         AS label
            FROM cs
            JOIN strategies st ON st.session_id = cs.id
            JOIN feedback_items f ON f.strategy_id = st.id
        )
        SELECT year, executor_key, strategy, label, COUNT(*) AS items
        FROM items
        GROUP BY year, executor_key, strategy, label
        ORDER BY year, executor_key, strategy, label
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
        SELECT st.id AS strategy_row, f.goal_code AS goal,
        """ + EffectiveLabel + """
         AS label
        FROM strategies st JOIN feedback_items f ON f.strategy_id = st.id
        WHERE st.number = @Strategy
        ORDER BY st.id, f.position
        """;

    /// <summary>
    /// Feedback items and INFORME texts matching @Match (an FTS5 query, see <see cref="SearchQuery"/>), with a
    /// snippet whose matches are marked «like this».
    /// </summary>
    public const string Search = "WITH " + FilteredSessions + """

        SELECT cs.body, cs.date AS session_date, cs.number AS session_number, st.number AS strategy,
               f.goal_code AS goal, 'feedback' AS kind, f.section,
        """ + EffectiveLabel + """
         AS label,
               snippet(search_text, 0, '«', '»', '…', 16) AS snippet
        FROM search_text
        JOIN feedback_items f ON f.id = search_text.item_id
        JOIN strategies st ON st.id = f.strategy_id
        JOIN cs ON cs.id = st.session_id
        WHERE search_text MATCH @Match AND search_text.kind = 'feedback'
        UNION ALL
        SELECT cs.body, cs.date, cs.number, st.number, gr.goal_code, 'report', NULL, NULL,
               snippet(search_text, 0, '«', '»', '…', 16)
        FROM search_text
        JOIN goal_reports gr ON gr.id = search_text.item_id
        JOIN strategies st ON st.id = gr.strategy_id
        JOIN cs ON cs.id = st.session_id
        WHERE search_text MATCH @Match AND search_text.kind = 'report'
        ORDER BY 2, 1, 4, 5, 6
        """;
}
