using Actas.Storage.Keys;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Labels;

/// <summary>
/// Keeps analysts' label corrections across a re-reading of their document, inside the caller's transaction:
/// <see cref="Detach"/> before the session's rows are deleted (feedback_item_id NULL, the copy of the corrected
/// text stays), <see cref="Reattach"/> after the new rows are written (<see cref="CorrectionMatcher"/>).
/// A correction left detached is kept and still used by <c>actas train --db</c>.
/// </summary>
internal sealed class CorrectionReattacher
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private List<(FeedbackItemKey Item, List<long> Corrections)> _detached = [];

    public CorrectionReattacher(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Detaches the corrections of the session's feedback items, remembering which item each was about.</summary>
    public void Detach(long sessionId)
    {
        var rows = _connection.Query<(long CorrectionId, long ItemId, string Text, int Strategy, string? Goal)>(
            """
            SELECT lc.id, f.id, f.text, st.number, f.goal_code
            FROM strategies st
            JOIN feedback_items f ON f.strategy_id = st.id
            JOIN label_corrections lc ON lc.feedback_item_id = f.id
            WHERE st.session_id = @SessionId
            ORDER BY st.position, f.position, lc.id
            """,
            new { SessionId = sessionId }, _transaction).AsList();
        _detached = [.. rows.GroupBy(r => r.ItemId)
            .Select(g => (new FeedbackItemKey(g.Key, g.First().Strategy, g.First().Goal, TextKey.Fold(g.First().Text)), g.Select(r => r.CorrectionId).ToList()))];
        if (rows.Count > 0)
        {
            _connection.Execute(
                "UPDATE label_corrections SET feedback_item_id = NULL WHERE id IN @Ids",
                new { Ids = rows.Select(r => r.CorrectionId).ToList() }, _transaction);
        }
    }

    /// <summary>Attaches the detached corrections to the matching items of the session written again.</summary>
    /// <returns>How many corrections found an item, and how many stay detached.</returns>
    public (int Reattached, int Unmatched) Reattach(long sessionId)
    {
        if (_detached.Count == 0)
        {
            return (0, 0);
        }

        var reread = _connection.Query<(long Id, string Text, int Strategy, string? Goal)>(
                """
                SELECT f.id, f.text, st.number, f.goal_code
                FROM strategies st JOIN feedback_items f ON f.strategy_id = st.id
                WHERE st.session_id = @SessionId
                ORDER BY st.position, f.position
                """,
                new { SessionId = sessionId }, _transaction)
            .Select(r => new FeedbackItemKey(r.Id, r.Strategy, r.Goal, TextKey.Fold(r.Text)))
            .ToList();
        var matches = CorrectionMatcher.Match([.. _detached.Select(d => d.Item)], reread);
        int reattached = 0, unmatched = 0;
        foreach (var (item, corrections) in _detached)
        {
            if (matches.TryGetValue(item.Id, out var newId))
            {
                _connection.Execute(
                    "UPDATE label_corrections SET feedback_item_id = @NewId WHERE id IN @Ids",
                    new { NewId = newId, Ids = corrections }, _transaction);
                reattached += corrections.Count;
            }
            else
            {
                unmatched += corrections.Count;
            }
        }

        return (reattached, unmatched);
    }
}
