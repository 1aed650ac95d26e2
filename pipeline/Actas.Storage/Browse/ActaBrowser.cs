using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Browse;

/// <summary>
/// The browsing side of the database (issue 15): bodies, their sessions, and one session's acta as stored with the
/// location of every element. Reads current documents only, as the queries do.
/// </summary>
public sealed class ActaBrowser
{
    private readonly SqliteConnection _connection;

    public ActaBrowser(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ActaDatabase.ConfigureMapping();
        _connection = connection;
    }

    /// <summary>Every body with current sessions, by name; sessions without a body last.</summary>
    public IReadOnlyList<BodyEntry> Bodies() =>
        _connection.Query<BodyEntry>(
            """
            SELECT cs.body_id AS id, cs.body AS name, COUNT(*) AS sessions, MIN(cs.date) AS first_date, MAX(cs.date) AS last_date
            FROM current_sessions cs
            GROUP BY cs.body_id
            ORDER BY cs.body IS NULL, cs.body
            """).AsList();

    /// <summary>The current sessions of body <paramref name="bodyId"/> (null: sessions naming no body), latest first.</summary>
    public IReadOnlyList<SessionEntry> Sessions(long? bodyId) =>
        _connection.Query<SessionEntry>(
            """
            SELECT cs.id, cs.body, cs.number, cs.kind, cs.date, cs.file_name,
                   (SELECT COUNT(*) FROM strategies st WHERE st.session_id = cs.id) AS strategies,
                   (SELECT COUNT(*) FROM attendance a WHERE a.session_id = cs.id) AS attendees,
                   (SELECT COUNT(*) FROM strategies st JOIN feedback_items f ON f.strategy_id = st.id
                    WHERE st.session_id = cs.id) AS feedback_items
            FROM current_sessions cs
            WHERE cs.body_id IS @BodyId
            ORDER BY cs.date DESC, cs.number DESC, cs.id DESC
            """,
            new { BodyId = bodyId }).AsList();

    /// <summary>Session <paramref name="sessionId"/>'s acta, or null when no such session is stored.</summary>
    public SessionActa? Acta(long sessionId)
    {
        var session = _connection.QuerySingleOrDefault<StoredSession>(
            """
            SELECT s.id, s.body_id, b.name AS body, s.number, s.kind, s.date, s.start_time, s.place, s.topic, s.objective,
                   d.id AS document_id, d.path, d.file_name, d.format, d.pages, d.extractor_version, d.warnings_json,
                   ns.date AS next_date, ns.start_time AS next_start_time
            FROM sessions s
            JOIN documents d ON d.id = s.document_id
            LEFT JOIN bodies b ON b.id = s.body_id
            LEFT JOIN next_sessions ns ON ns.session_id = s.id
            WHERE s.id = @Id
            """,
            new { Id = sessionId });
        if (session is null)
        {
            return null;
        }

        var id = new { Id = sessionId };
        return new SessionActa(
            session,
            _connection.Query<StoredAttendee>(
                """
                SELECT a.name_as_written AS name, a.institution_as_written AS institution, i.key AS institution_key, a.sector, a.location
                FROM attendance a LEFT JOIN institutions i ON i.id = a.institution_id
                WHERE a.session_id = @Id ORDER BY a.position
                """, id).AsList(),
            _connection.Query<StoredStrategy>(
                "SELECT id, number, title, report_status, location FROM strategies WHERE session_id = @Id ORDER BY position", id).AsList(),
            _connection.Query<StoredGoalReport>(
                """
                SELECT gr.strategy_id, gr.goal_code, g.text AS goal_text, g.indicator, gr.executor, gr.executor_key,
                       gr.status, gr.report, gr.location
                FROM strategies st JOIN goal_reports gr ON gr.strategy_id = st.id JOIN goals g ON g.id = gr.goal_id
                WHERE st.session_id = @Id ORDER BY st.position, gr.position
                """, id).AsList(),
            _connection.Query<StoredFigure>(
                """
                SELECT f.strategy_id, f.value, f.unit, f.goal_code, f.context, f.location
                FROM strategies st JOIN figures f ON f.strategy_id = st.id
                WHERE st.session_id = @Id ORDER BY st.position, f.position
                """, id).AsList(),
            _connection.Query<StoredFeedback>(
                """
                SELECT f.id, f.strategy_id, f.text, f.section, f.goal_code, fl.label, f.label AS model_label, f.confidence,
                       EXISTS (SELECT 1 FROM label_corrections lc WHERE lc.feedback_item_id = f.id) AS corrected, f.location
                FROM strategies st JOIN feedback_items f ON f.strategy_id = st.id JOIN feedback_labels fl ON fl.item_id = f.id
                WHERE st.session_id = @Id ORDER BY st.position, f.position
                """, id).AsList(),
            _connection.Query<StoredAgreement>(
                """
                SELECT ag.id, ag.text, ag.responsible, ag.location,
                       (SELECT group_concat(strategy_number, ', ') FROM agreement_strategies x WHERE x.agreement_id = ag.id) AS strategies,
                       (SELECT group_concat(date, ', ') FROM agreement_dates x WHERE x.agreement_id = ag.id) AS dates
                FROM agreements ag WHERE ag.session_id = @Id ORDER BY ag.position
                """, id).AsList());
    }

    /// <summary>
    /// Agreements of current sessions that name strategy <paramref name="strategy"/>, oldest first, each with the
    /// first later session of its body that reviewed the strategy (null: not taken up yet).
    /// </summary>
    public IReadOnlyList<StrategyAgreement> AgreementsNaming(int strategy) =>
        _connection.Query<StrategyAgreement>(
            """
            SELECT cs.id AS session_id, cs.body, cs.date AS session_date, cs.number AS session_number, ag.text, ag.responsible,
                   (SELECT MIN(later.date) FROM current_sessions later JOIN strategies st ON st.session_id = later.id
                    WHERE later.body_id IS cs.body_id AND later.date > cs.date AND st.number = @Strategy) AS later_review,
                   (SELECT COUNT(*) FROM current_sessions later
                    WHERE later.body_id IS cs.body_id AND later.date > cs.date) AS later_sessions
            FROM agreement_strategies x
            JOIN agreements ag ON ag.id = x.agreement_id
            JOIN current_sessions cs ON cs.id = ag.session_id
            WHERE x.strategy_number = @Strategy
            ORDER BY cs.date, cs.id, ag.position
            """,
            new { Strategy = strategy }).AsList();

    /// <summary>The session and strategy a feedback item belongs to: (session id, strategy title, goal text, INFORME of its goal).</summary>
    public FeedbackContext? Context(long feedbackItemId) =>
        _connection.QuerySingleOrDefault<FeedbackContext>(
            """
            SELECT st.session_id, st.number AS strategy, st.title AS strategy_title, f.goal_code AS goal,
                   (SELECT g.text FROM goal_reports gr JOIN goals g ON g.id = gr.goal_id
                    WHERE gr.strategy_id = st.id AND gr.goal_code IS f.goal_code ORDER BY gr.position LIMIT 1) AS goal_text,
                   (SELECT gr.report FROM goal_reports gr
                    WHERE gr.strategy_id = st.id AND gr.goal_code IS f.goal_code ORDER BY gr.position LIMIT 1) AS report,
                   (SELECT p.text FROM feedback_items p WHERE p.strategy_id = st.id AND p.position < f.position
                    ORDER BY p.position DESC LIMIT 1) AS previous_text,
                   (SELECT n.text FROM feedback_items n WHERE n.strategy_id = st.id AND n.position > f.position
                    ORDER BY n.position LIMIT 1) AS next_text
            FROM feedback_items f JOIN strategies st ON st.id = f.strategy_id
            WHERE f.id = @Id
            """,
            new { Id = feedbackItemId });
}
