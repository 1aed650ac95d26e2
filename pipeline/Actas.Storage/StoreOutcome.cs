namespace Actas.Storage;

/// <summary>What <see cref="SqliteActaStore.Store"/> did with a document.</summary>
public enum StoreOutcome
{
    /// <summary>New content at a new path: stored.</summary>
    Stored,
    /// <summary>The same bytes at the same path were stored before: nothing written.</summary>
    Unchanged,
    /// <summary>The same bytes were stored from another path (a renamed or copied file): nothing written.</summary>
    RenamedDuplicate,
    /// <summary>A known path with new content: stored, and the earlier version kept but superseded.</summary>
    NewVersion,
    /// <summary>
    /// New bytes giving a session already stored from another file (the same acta as .docx and .pdf):
    /// the document is recorded, its content is not stored twice.
    /// </summary>
    SameSession,
    /// <summary>
    /// New bytes in the same format at another path giving a session already stored (a corrected copy of the acta):
    /// stored with its rows, and the newer file (by modification time) is the session's current version; the other
    /// is kept as superseded and label corrections move to the current one's items.
    /// </summary>
    CorrectedCopy,
    /// <summary>Like <see cref="CorrectedCopy"/> but this file is older than the stored one: stored as superseded by it.</summary>
    EarlierCopy,
}
