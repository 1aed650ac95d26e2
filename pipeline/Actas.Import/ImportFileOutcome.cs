namespace Actas.Import;

/// <summary>What happened to one file of an import (or of <c>--reprocess-outdated</c>).</summary>
public enum ImportFileOutcome
{
    Stored,
    NewVersion,
    Unchanged,
    RenamedDuplicate,
    SameSession,
    /// <summary>A corrected copy of a stored session (same format, other file): now the session's current version.</summary>
    CorrectedCopy,
    /// <summary>An older copy of a stored session (same format, other file): stored, superseded by the newer file.</summary>
    EarlierCopy,
    Failed,
    /// <summary>A stored document read again by the current extractor; its rows replaced.</summary>
    Reprocessed,
    /// <summary>A stored document whose file is gone: kept as it is.</summary>
    Missing,
    /// <summary>A stored document whose file has other bytes now: kept as it is (a normal import stores the new version).</summary>
    Changed,
}
