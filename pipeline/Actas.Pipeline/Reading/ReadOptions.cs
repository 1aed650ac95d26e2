using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Reading;

/// <summary>Per-document limits, so one pathological file cannot hang or exhaust a batch.</summary>
/// <param name="MaxBytes">Largest file accepted, in bytes (default 50 MiB).</param>
/// <param name="MaxPages">Most PDF pages read (default 500).</param>
/// <param name="MaxUncompressedBytes">Most bytes a .docx may inflate to (zip-bomb guard, default 200 MiB).</param>
/// <param name="Timeout">Longest a single document may take to read and extract (default 60 s).</param>
/// <param name="DisplayName">Name used in messages and in <c>source.file</c>; defaults to the file name.</param>
/// <param name="Ocr">Which pages are read with OCR (<c>--ocr auto|always|never</c>, default auto).</param>
/// <param name="OcrPageDone">Called after each page read by OCR (from any thread), for a progress display; null for none.</param>
/// <param name="OcrPageAllowance">Time added to <see cref="Timeout"/> for each page read by OCR (default 30 s), so a long scan is
/// not killed by a limit meant for one text document: the budget is timeout + pages read by OCR × allowance.</param>
public sealed record ReadOptions(
    long MaxBytes = 50L * 1024 * 1024,
    int MaxPages = 500,
    long MaxUncompressedBytes = 200L * 1024 * 1024,
    TimeSpan? Timeout = null,
    string? DisplayName = null,
    OcrMode Ocr = OcrMode.Auto,
    Action<int>? OcrPageDone = null,
    TimeSpan? OcrPageAllowance = null)
{
    public static ReadOptions Default { get; } = new();

    public TimeSpan EffectiveTimeout => Timeout ?? TimeSpan.FromSeconds(60);

    public TimeSpan EffectiveOcrPageAllowance => OcrPageAllowance ?? TimeSpan.FromSeconds(30);
}
