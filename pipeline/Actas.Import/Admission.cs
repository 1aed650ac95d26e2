using Actas.Pipeline.Diagnostics;

namespace Actas.Import;

/// <summary>A file admitted (<see cref="Sha256"/> set) or refused (<see cref="Refusal"/>: its reason is the line the user sees).</summary>
/// <param name="Missing">The refusal is that the file does not exist (reprocessing reports it as missing, not failed).</param>
internal sealed record Admission(string? Sha256, ActaReadException? Refusal, bool Missing)
{
    public static Admission Refused(ActaReadException reason, bool missing = false) => new(null, reason, missing);
}
