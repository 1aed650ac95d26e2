namespace Actas.Storage.Import;

/// <summary>What happened to one file of an import.</summary>
public enum ImportFileOutcome
{
    Stored,
    NewVersion,
    Unchanged,
    RenamedDuplicate,
    SameSession,
    Failed,
}
