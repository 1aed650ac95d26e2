using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage;

/// <summary>
/// Deletes everything <see cref="ActaRowWriter"/> wrote for one session, inside the caller's transaction, children
/// first (foreign keys are on). Shared rows — bodies, institutions, people, the programme's goals — stay: other
/// sessions use them and every query reaches them from the session rows. search_text rows go with their items
/// through the AFTER DELETE triggers of migration 4. Label corrections must be detached first
/// (<see cref="Labels.CorrectionReattacher"/>).
/// </summary>
internal static class SessionRowDeleter
{
    private const string Sql = """
        DELETE FROM next_session_strategies WHERE session_id = @SessionId;
        DELETE FROM next_sessions WHERE session_id = @SessionId;
        DELETE FROM agreement_dates WHERE agreement_id IN (SELECT id FROM agreements WHERE session_id = @SessionId);
        DELETE FROM agreement_strategies WHERE agreement_id IN (SELECT id FROM agreements WHERE session_id = @SessionId);
        DELETE FROM agreements WHERE session_id = @SessionId;
        DELETE FROM feedback_items WHERE strategy_id IN (SELECT id FROM strategies WHERE session_id = @SessionId);
        DELETE FROM figures WHERE strategy_id IN (SELECT id FROM strategies WHERE session_id = @SessionId);
        DELETE FROM goal_reports WHERE strategy_id IN (SELECT id FROM strategies WHERE session_id = @SessionId);
        DELETE FROM strategies WHERE session_id = @SessionId;
        DELETE FROM attendance WHERE session_id = @SessionId;
        DELETE FROM sessions WHERE id = @SessionId;
        """;

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, long sessionId) =>
        connection.Execute(Sql, new { SessionId = sessionId }, transaction);
}
