namespace Actas.Cli.Commands;

/// <summary>
/// Counts pages read by OCR during an import, from whichever thread reads them (the pipeline in-process, a worker's
/// progress note otherwise), for the progress display that sets <see cref="Tick"/>.
/// </summary>
public sealed class OcrPageTicker
{
    public Action? Tick { get; set; }

    public void PageDone() => Tick?.Invoke();
}
