using Actas.Pipeline.Diagnostics;

namespace Actas.Import;

/// <summary>Why a file could not be read and extracted, as the line import and reprocess print for it.</summary>
internal static class ReadFailures
{
    /// <returns>The reason; null for a cancellation, which is not a failure of the file and propagates.</returns>
    public static string? Reason(Exception ex) => ex switch
    {
        OperationCanceledException => null,
        ActaReadException read => read.Reason,
        IOException io => $"could not read the file: {io.Message}",
        UnauthorizedAccessException => "permission denied; check the file's permissions",
        // A bug in a later stage must not stop the batch; say so plainly so it gets reported.
        _ => Internal(ex),
    };

    public static string Internal(Exception ex) =>
        $"internal error ({ex.GetType().Name}: {ex.Message}); please report it with this file";
}
