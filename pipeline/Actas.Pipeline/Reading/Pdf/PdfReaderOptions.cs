namespace Actas.Pipeline.Reading.Pdf;

/// <summary>The tunable thresholds of <see cref="PdfReader"/>'s stages, frozen once the reader is built.</summary>
public sealed record PdfReaderOptions(
    LineGrouperOptions Lines,
    ParagraphGrouperOptions Paragraphs,
    RulingLineExtractorOptions Rules,
    RulingLineTableDetectorOptions Tables,
    RunningHeaderFilterOptions RunningLines,
    PdfWordTableDetectorOptions WordTables)
{
    public static PdfReaderOptions Default { get; } = new(
        LineGrouperOptions.Default,
        ParagraphGrouperOptions.Default,
        RulingLineExtractorOptions.Default,
        RulingLineTableDetectorOptions.Default,
        RunningHeaderFilterOptions.Default,
        PdfWordTableDetectorOptions.Default);

    /// <summary>When a page is read box by box (<see cref="DrawnBoxCanvas"/>).</summary>
    public DrawnBoxCanvasOptions Canvas { get; init; } = DrawnBoxCanvasOptions.Default;
}
