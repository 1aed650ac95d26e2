using Actas.Pipeline.Model;
using Actas.Storage.Queries;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Actas.Storage;

/// <summary>
/// Stores extracted actas in SQLite, one transaction per document: a document is either stored whole or
/// not at all. Documents are identified by the SHA-256 of their bytes, so importing a file again, or a
/// renamed copy of it, writes nothing.
/// </summary>
public sealed class SqliteActaStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly bool _ownsConnection;
    private readonly PreparedCommands _commands;

    /// <param name="connection">An open connection from <see cref="ActaDatabase.Open"/>.</param>
    public SqliteActaStore(SqliteConnection connection, bool ownsConnection = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ActaDatabase.ConfigureMapping();
        _connection = connection;
        _ownsConnection = ownsConnection;
        _commands = new PreparedCommands(connection);
    }

    public static SqliteActaStore Open(string databasePath) => new(ActaDatabase.Open(databasePath), ownsConnection: true);

    /// <summary>For the read commands: writes nothing to the file (<see cref="ActaDatabase.OpenForReading"/>).</summary>
    public static SqliteActaStore OpenForReading(string databasePath) => new(ActaDatabase.OpenForReading(databasePath), ownsConnection: true);

    public SqliteConnection Connection => _connection;

    /// <summary>
    /// Whether these bytes are already stored, before spending time on extraction: <see cref="StoreOutcome.Unchanged"/>
    /// at the same path, <see cref="StoreOutcome.RenamedDuplicate"/> at another; null when they are new.
    /// </summary>
    public StoreResult? Recognise(string sha256, string path) =>
        Find(sha256) is { } known && Path.GetFullPath(path) == known.Path && known.SupersededBy is not null && HasCurrentAt(known.Path, null)
            ? null // an earlier version put back: Store makes it current again
            : Recognise(sha256, Path.GetFullPath(path), null);

    public StoreResult Store(Acta acta, string path, StoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(acta);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= StoreOptions.Default;
        var fullPath = Path.GetFullPath(path);
        var sha = acta.Source.Sha256.ToLowerInvariant();

        using var transaction = _connection.BeginTransaction();
        if (Find(sha, transaction) is { SupersededBy: not null } earlier && earlier.Path == fullPath && HasCurrentAt(fullPath, transaction))
        {
            // The file was changed and then changed back (A → B → A): A's rows are still here.
            _connection.Execute(
                """
                UPDATE documents SET superseded_by = @Id WHERE path = @Path AND superseded_by IS NULL;
                UPDATE documents SET superseded_by = NULL WHERE id = @Id;
                """,
                new { earlier.Id, Path = fullPath }, transaction);
            transaction.Commit();
            return new StoreResult(StoreOutcome.NewVersion, earlier.Id, fullPath);
        }

        if (Recognise(sha, fullPath, transaction) is { } known)
        {
            return known;
        }

        var previousId = _connection.QuerySingleOrDefault<long?>(
            "SELECT id FROM documents WHERE path = @Path AND superseded_by IS NULL ORDER BY id DESC LIMIT 1",
            new { Path = fullPath }, transaction);
        var sameSession = FindSameSession(acta.Session, previousId, transaction)
            ?? FindTwin(acta, fullPath, previousId, transaction);
        if (previousId is null && sameSession is not null && string.Equals(sameSession.Format, acta.Source.Format, StringComparison.OrdinalIgnoreCase))
        {
            var copy = new CorrectedCopyWriter(_connection, transaction, options, _commands).Write(acta, fullPath, sameSession);
            transaction.Commit();
            return copy;
        }


        var documentId = DocumentRowInserter.Insert(_connection, transaction, acta, fullPath, sameSession?.Id, options);

        if (previousId is { } previous)
        {
            _connection.Execute(
                "UPDATE documents SET superseded_by = @DocumentId WHERE id = @Previous",
                new { DocumentId = documentId, Previous = previous }, transaction);
        }

        if (sameSession is null)
        {
            new ActaRowWriter(_connection, transaction, options, _commands).Write(acta, documentId);
        }

        transaction.Commit();
        return (previousId, sameSession) switch
        {
            (_, { } same) => new StoreResult(StoreOutcome.SameSession, documentId, same.Path),
            ({ }, null) => new StoreResult(StoreOutcome.NewVersion, documentId, fullPath),
            _ => new StoreResult(StoreOutcome.Stored, documentId),
        };
    }

    /// <summary>
    /// Documents that hold their session's rows: not superseded by a newer version of the file and not a copy of a
    /// session stored from another file (<c>same_session_as</c>, which has no rows of its own). By path.
    /// </summary>
    public IReadOnlyList<StoredDocument> CurrentDocuments() =>
        _connection.Query<StoredDocument>(
            """
            SELECT id, path, sha256, extractor_version FROM documents
            WHERE superseded_by IS NULL AND same_session_as IS NULL
            ORDER BY path, id
            """).AsList();

    /// <summary>
    /// Replaces the session rows of stored document <paramref name="documentId"/> with <paramref name="acta"/>, a new
    /// reading of the same bytes, in one transaction, and records <see cref="StoreOptions.ExtractorVersion"/>. Label
    /// corrections move to the new item with the same strategy and folded text (<see cref="Labels.CorrectionMatcher"/>);
    /// those with no match are kept without an item. Writes nothing when the document is no longer current or
    /// <paramref name="acta"/> was read from other bytes.
    /// </summary>
    public ReplaceResult Replace(long documentId, Acta acta, StoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(acta);
        options ??= StoreOptions.Default;
        using var transaction = _connection.BeginTransaction();
        var stored = _connection.QuerySingleOrDefault<(string? Sha, long? SessionId)>(
            """
            SELECT d.sha256, (SELECT s.id FROM sessions s WHERE s.document_id = d.id)
            FROM documents d
            WHERE d.id = @Id AND d.superseded_by IS NULL AND d.same_session_as IS NULL
            """,
            new { Id = documentId }, transaction);
        if (stored.Sha is null)
        {
            return new ReplaceResult(ReplaceOutcome.NotCurrent);
        }

        if (!string.Equals(stored.Sha, acta.Source.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return new ReplaceResult(ReplaceOutcome.ContentChanged);
        }

        var corrections = new Labels.CorrectionReattacher(_connection, transaction);
        if (stored.SessionId is { } oldSession)
        {
            corrections.Detach(oldSession);
            SessionRowDeleter.Delete(_connection, transaction, oldSession);
        }

        new ActaRowWriter(_connection, transaction, options, _commands).Write(acta, documentId);
        _connection.Execute(
            """
            UPDATE documents SET format = @Format, pages = @Pages, extractor_version = @ExtractorVersion,
                                 import_run_id = coalesce(@ImportRunId, import_run_id), coordinator_name = @CoordinatorName,
                                 coordinator_role = @CoordinatorRole, warnings_json = @Warnings,
                                 ocr_pages = @OcrPages, ocr_confidence = @OcrConfidence
            WHERE id = @Id
            """,
            new
            {
                acta.Source.Format, acta.Source.Pages, options.ExtractorVersion, options.ImportRunId,
                CoordinatorName = acta.Coordinator?.Name, CoordinatorRole = acta.Coordinator?.Role,
                Warnings = LocationJson.WriteList(acta.Warnings), Id = documentId,
                OcrPages = OcrPagesJson(acta.Source), acta.Source.OcrConfidence,
            },
            transaction);
        var newSession = _connection.ExecuteScalar<long>("SELECT id FROM sessions WHERE document_id = @Id", new { Id = documentId }, transaction);
        var (reattached, unmatched) = corrections.Reattach(newSession);
        transaction.Commit();
        return new ReplaceResult(ReplaceOutcome.Replaced, reattached, unmatched);
    }

    /// <summary>Stored sessions (of current documents), by body, date and number.</summary>
    public IReadOnlyList<SessionSummary> Sessions(QueryFilter? filter = null) =>
        _connection.Query<SessionSummary>(QuerySql.Sessions, (filter ?? QueryFilter.None).ToParameters()).AsList();

    public long BeginImportRun(string? extractorVersion) =>
        _connection.ExecuteScalar<long>(
            "INSERT INTO import_runs (started_at, extractor_version) VALUES (@StartedAt, @ExtractorVersion) RETURNING id",
            new { StartedAt = DateTime.UtcNow.ToString("O"), ExtractorVersion = extractorVersion });

    public void FinishImportRun(long importRunId, int ok, int failed, int skipped) =>
        _connection.Execute(
            """
            UPDATE import_runs SET finished_at = @FinishedAt, files_ok = @Ok, files_failed = @Failed, files_skipped = @Skipped
            WHERE id = @Id
            """,
            new { FinishedAt = DateTime.UtcNow.ToString("O"), Ok = ok, Failed = failed, Skipped = skipped, Id = importRunId });

    public void Dispose()
    {
        _commands.Dispose();
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    private StoreResult? Recognise(string sha256, string fullPath, SqliteTransaction? transaction)
    {
        var existing = Find(sha256, transaction);
        return existing switch
        {
            null => null,
            _ when string.Equals(existing.Path, fullPath, StringComparison.Ordinal) =>
                new StoreResult(StoreOutcome.Unchanged, existing.Id),
            _ => new StoreResult(StoreOutcome.RenamedDuplicate, existing.Id, existing.Path),
        };
    }

    /// <summary>Whether a current (not superseded) document was read from <paramref name="fullPath"/>.</summary>
    private bool HasCurrentAt(string fullPath, SqliteTransaction? transaction) =>
        _connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM documents WHERE path = @Path AND superseded_by IS NULL", new { Path = fullPath }, transaction) > 0;

    private DocumentRef? Find(string sha256, SqliteTransaction? transaction = null) =>
        _connection.QuerySingleOrDefault<DocumentRef>(
            "SELECT id, path, superseded_by FROM documents WHERE sha256 = @Sha",
            new { Sha = sha256.ToLowerInvariant() }, transaction);

    private DocumentRef? FindSameSession(SessionInfo session, long? excludedDocument, SqliteTransaction transaction)
    {
        if (session.Body is null || session.Date is null)
        {
            return null;
        }

        return _connection.QueryFirstOrDefault<DocumentRef>(
            """
            SELECT cs.document_id AS id, cs.path, d.format
            FROM current_sessions cs
            JOIN documents d ON d.id = cs.document_id
            WHERE cs.body_key = @BodyKey AND cs.date = @Date
              AND (cs.number IS NULL OR @Number IS NULL OR cs.number = @Number)
              AND cs.document_id IS NOT @Excluded
            ORDER BY cs.document_id
            LIMIT 1
            """,
            new { BodyKey = Keys.TextKey.Body(session.Body), session.Date, session.Number, Excluded = excludedDocument },
            transaction);
    }

    /// <summary>
    /// The acta stored from a file of the same name in the same folder in another format ("acta-5.docx" for
    /// "acta-5.pdf"), when their dates do not disagree: people keep the Word file and the PDF printed from it side
    /// by side, and a PDF read less well (a title lost with the page header, a misread number) must not become a
    /// second session of its own.
    /// </summary>
    private DocumentRef? FindTwin(Acta acta, string fullPath, long? excludedDocument, SqliteTransaction transaction)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? "";
        var stem = Path.GetFileNameWithoutExtension(fullPath);
        var prefix = Path.Combine(folder, stem);
        // Every path that starts with "<folder>/<stem>." sorts between "<stem>." and "<stem>/" ('.' + 1 = '/').
        var candidates = _connection.Query<(long Id, string Path, string Format, string? Date)>(
            """
            SELECT cs.document_id, cs.path, d.format, cs.date
            FROM current_sessions cs
            JOIN documents d ON d.id = cs.document_id
            WHERE cs.path >= @Low AND cs.path < @High AND cs.document_id IS NOT @Excluded
            ORDER BY cs.document_id
            """,
            new { Low = prefix + ".", High = prefix + "/", Excluded = excludedDocument },
            transaction);
        var date = acta.Session.Date;
        return candidates
            .Where(c => string.Equals(Path.GetFileNameWithoutExtension(c.Path), stem, StringComparison.Ordinal)
                        && !string.Equals(c.Format, acta.Source.Format, StringComparison.OrdinalIgnoreCase)
                        && (date is null || c.Date is null || c.Date == date))
            .Select(c => new DocumentRef { Id = c.Id, Path = c.Path, Format = c.Format })
            .FirstOrDefault();
    }

    /// <summary>The pages read by OCR as a JSON list ("[6,7]"), or null when none was.</summary>
    internal static string? OcrPagesJson(SourceInfo source) =>
        source.OcrPages is { Count: > 0 } pages ? System.Text.Json.JsonSerializer.Serialize(pages) : null;
}
