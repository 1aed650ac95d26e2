using Actas.Storage.Queries;

namespace Actas.Storage.Report;

/// <summary>The SQL the report needs beyond <see cref="QuerySql"/>; the same @Body, @Since, @Until parameters.</summary>
internal static class ReportSql
{
    /// <summary>
    /// Every selected session (sessions reviewing nothing too, as a row of nulls), each with its strategy reviews
    /// and their goal reports, in body, date and document order.
    /// </summary>
    public const string Matrix = "WITH cs AS (SELECT * FROM current_sessions cs WHERE " + QuerySql.SessionFilter + """
        )
        SELECT cs.body_key, cs.body, cs.id AS session_id, cs.date, cs.number,
               st.number AS strategy, st.title, st.report_status AS strategy_status,
               gr.goal_code AS goal, gr.status AS goal_status
        FROM cs
        LEFT JOIN strategies st ON st.session_id = cs.id
        LEFT JOIN goal_reports gr ON gr.strategy_id = st.id
        ORDER BY cs.body_key, cs.date, cs.number, cs.id, st.position, gr.position
        """;
}
