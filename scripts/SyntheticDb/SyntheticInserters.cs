using Microsoft.Data.Sqlite;

namespace Actas.SyntheticDb;

/// <summary>The prepared inserts of one transaction, one per table the synthetic actas fill.</summary>
internal sealed class SyntheticInserters(SqliteConnection connection, SqliteTransaction transaction)
{
    public TableInserter Bodies { get; } = new(connection, transaction, "bodies", "id", "key", "name");
    public TableInserter Goals { get; } = new(connection, transaction, "goals", "id", "strategy_number", "goal_code", "text", "indicator", "executor", "executor_key");
    public TableInserter People { get; } = new(connection, transaction, "people", "id", "key", "name");
    public TableInserter Documents { get; } = new(connection, transaction, "documents", "id", "sha256", "file_name", "path", "format", "pages", "extractor_version", "imported_at");
    public TableInserter Sessions { get; } = new(connection, transaction, "sessions", "id", "document_id", "body_id", "number", "kind", "date", "start_time", "place", "topic", "objective");
    public TableInserter Attendance { get; } = new(connection, transaction, "attendance", "id", "session_id", "position", "person_id", "institution_id", "sector", "name_as_written", "institution_as_written");
    public TableInserter Strategies { get; } = new(connection, transaction, "strategies", "id", "session_id", "position", "number", "title", "report_status");
    public TableInserter GoalReports { get; } = new(connection, transaction, "goal_reports", "id", "strategy_id", "goal_id", "position", "goal_code", "executor", "executor_key", "status", "report");
    public TableInserter Figures { get; } = new(connection, transaction, "figures", "strategy_id", "position", "value", "unit", "goal_code", "context");
    public TableInserter Feedback { get; } = new(connection, transaction, "feedback_items", "id", "strategy_id", "position", "text", "section", "goal_code", "label", "confidence", "model_version");
    public TableInserter LabelCorrections { get; } = new(connection, transaction, "label_corrections", "feedback_item_id", "old_label", "new_label", "corrected_by", "corrected_at");
    public TableInserter Agreements { get; } = new(connection, transaction, "agreements", "id", "session_id", "position", "text", "responsible");
    public TableInserter AgreementStrategies { get; } = new(connection, transaction, "agreement_strategies", "agreement_id", "strategy_number");
    public TableInserter AgreementDates { get; } = new(connection, transaction, "agreement_dates", "agreement_id", "date");
    public TableInserter NextSessions { get; } = new(connection, transaction, "next_sessions", "session_id", "date", "start_time", "end_time");
    public TableInserter NextSessionStrategies { get; } = new(connection, transaction, "next_session_strategies", "session_id", "strategy_number");

    public IEnumerable<TableInserter> All =>
    [
        Bodies, Goals, People, Documents, Sessions, Attendance, Strategies, GoalReports, Figures, Feedback,
        LabelCorrections, Agreements, AgreementStrategies, AgreementDates, NextSessions, NextSessionStrategies,
    ];
}
