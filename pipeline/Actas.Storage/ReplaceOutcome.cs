namespace Actas.Storage;

/// <summary>What <see cref="SqliteActaStore.Replace"/> did with a document.</summary>
public enum ReplaceOutcome
{
    /// <summary>The document's session rows were written again from the new reading.</summary>
    Replaced,
    /// <summary>The document is no longer current (superseded, or a copy of another's session) or no longer stored: nothing written.</summary>
    NotCurrent,
    /// <summary>The acta read has other bytes than the stored document: nothing written.</summary>
    ContentChanged,
}
