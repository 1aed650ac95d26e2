using Actas.Pipeline.Model;
using Actas.Storage.Labels;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage;

/// <summary>
/// Stores a corrected copy of an acta — the same session, in the same format, from other bytes at another path
/// ("acta 23 corregida.docx" beside "acta 23.docx") — as a new version of that session, inside the caller's
/// transaction. The newer file by modification time is current; the other is kept, superseded by it. When the copy
/// wins, label corrections move to its items (<see cref="CorrectionReattacher"/>, as a re-reading does) and second
/// formats recorded against the old file (<c>same_session_as</c>) point at the copy.
/// </summary>
internal sealed class CorrectedCopyWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly StoreOptions _options;
    private readonly PreparedCommands _commands;

    public CorrectedCopyWriter(SqliteConnection connection, SqliteTransaction transaction, StoreOptions options, PreparedCommands commands)
    {
        _connection = connection;
        _transaction = transaction;
        _options = options;
        _commands = commands;
    }

    /// <param name="fullPath">Where <paramref name="acta"/> was read.</param>
    /// <param name="stored">The current document holding the same session.</param>
    public StoreResult Write(Acta acta, string fullPath, DocumentRef stored)
    {
        var documentId = DocumentRowInserter.Insert(_connection, _transaction, acta, fullPath, null, _options);
        new ActaRowWriter(_connection, _transaction, _options, _commands).Write(acta, documentId);
        if (!IsNewer(fullPath, stored.Path))
        {
            Supersede(documentId, stored.Id);
            return new StoreResult(StoreOutcome.EarlierCopy, documentId, stored.Path);
        }

        var corrections = new CorrectionReattacher(_connection, _transaction);
        if (SessionOf(stored.Id) is { } oldSession)
        {
            corrections.Detach(oldSession);
        }

        Supersede(stored.Id, documentId);
        _connection.Execute(
            "UPDATE documents SET same_session_as = @New WHERE same_session_as = @Old",
            new { New = documentId, Old = stored.Id }, _transaction);
        var (reattached, unmatched) = SessionOf(documentId) is { } newSession ? corrections.Reattach(newSession) : (0, 0);
        return new StoreResult(StoreOutcome.CorrectedCopy, documentId, stored.Path, reattached, unmatched);
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> was modified at or after the one at <paramref name="storedPath"/>; true when
    /// either is gone (the file imported now wins).
    /// </summary>
    private static bool IsNewer(string path, string storedPath) =>
        !File.Exists(path) || !File.Exists(storedPath) || File.GetLastWriteTimeUtc(path) >= File.GetLastWriteTimeUtc(storedPath);

    private void Supersede(long documentId, long by) =>
        _connection.Execute("UPDATE documents SET superseded_by = @By WHERE id = @Id", new { By = by, Id = documentId }, _transaction);

    private long? SessionOf(long documentId) =>
        _connection.ExecuteScalar<long?>("SELECT id FROM sessions WHERE document_id = @Id", new { Id = documentId }, _transaction);
}
