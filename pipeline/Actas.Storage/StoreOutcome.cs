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
}
