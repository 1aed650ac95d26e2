namespace Actas.Cli.Isolation;

/// <summary>The line <c>actas worker</c> answers a <see cref="WorkerRequest"/> with: one result per path, in order.</summary>
/// <param name="Exiting">True when the worker stops after this reply (it ran out of memory) and must be replaced.</param>
/// <param name="OcrPages">On a progress note (no results, the request still running): pages read by OCR so far. The parent
/// gives the request one more page allowance per page, as the worker's own budget does.</param>
public sealed record WorkerReply(long Id, IReadOnlyList<WorkerResult> Results, bool Exiting = false, int OcrPages = 0)
{
    public bool IsProgress => OcrPages > 0 && Results.Count == 0;
}
