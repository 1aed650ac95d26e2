using Actas.Pipeline.Model;

namespace Actas.Import;

/// <summary>
/// What one kind of run (<see cref="ImportJob"/>, <see cref="ReprocessJob"/>) does with its items inside the shared
/// <see cref="BatchRunner{TItem}"/>: which file an item is, what is already known of it before and after its file is
/// checked and hashed, how its reading is stored, and the words of its lines. The runner owns the rest: scheduling,
/// checks, hashing, reading, classification, the run's row, and turning every error into one item's line.
/// </summary>
internal interface IBatchJob<TItem>
{
    string PathOf(TItem item);

    /// <summary>The item's line when it cannot even be tried (no I/O: a path that was not found when listing); else null.</summary>
    ImportFileResult? Known(TItem item);

    /// <summary>The line for an item whose file is gone; null to report it as a failure like any refused file.</summary>
    ImportFileResult? Missing(TItem item);

    /// <summary>
    /// After the file was admitted and hashed, with the store locked: the item's line when it needs no reading (content
    /// already stored, or other bytes than the stored document's); null to read it.
    /// </summary>
    ImportFileResult? Recognise(TItem item, string sha256);

    /// <summary>Stores the new reading (the store is locked); SQLite errors are the runner's to word.</summary>
    ImportFileResult Store(TItem item, Acta acta, StoreOptions options);

    /// <summary>The line of an item that failed for <paramref name="reason"/> (a read, a check, an internal error).</summary>
    ImportFileResult Failed(string path, string reason);

    /// <summary>The line of an item whose file could not be read or was refused before reading (its reason, code and arguments).</summary>
    ImportFileResult Unreadable(string path, Pipeline.Diagnostics.ActaReadException error);

    /// <summary>The line when the database failed while storing the item (the run stops after it).</summary>
    ImportFileResult NotStored(string path, string databaseReason);

    /// <summary>The line when storing this item alone failed (a constraint): the batch goes on.</summary>
    ImportFileResult CouldNotStore(string path, string sqliteMessage);

    /// <summary>The counts recorded on the run's row: written, failed, skipped.</summary>
    (int Ok, int Failed, int Skipped) Counts(IReadOnlyList<ImportFileResult> results);
}
