namespace Actas.Import;

/// <summary>Why an import or reprocess run ended before its last file.</summary>
/// <param name="Reason">What happened and what to do, e.g. "the disk holding the database is full (…)".</param>
/// <param name="Interrupted">True for Ctrl-C or SIGTERM; false when the database could not be written.</param>
public sealed record RunStop(string Reason, bool Interrupted)
{
    /// <summary>The line printed before the counts; <paramref name="notAttempted"/> files were neither read nor stored.</summary>
    public string Line(int notAttempted) =>
        $"stopped before the end: {Reason}. Every file listed above as stored is stored whole; {notAttempted} file(s) were not attempted. " +
        (Interrupted ? "Run the same command again to go on: stored files are recognised as unchanged"
            : "Fix the database's disk or file, then run the same command again: stored files are recognised as unchanged");
}
