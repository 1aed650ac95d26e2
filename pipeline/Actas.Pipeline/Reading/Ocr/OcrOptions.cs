namespace Actas.Pipeline.Reading.Ocr;

/// <summary>How scanned pages are rasterised and read with Tesseract, frozen once the reader is built.</summary>
/// <param name="Language">Tesseract language(s), e.g. "spa" or "spa+eng" (default spa: Debian's tesseract-ocr-spa).</param>
/// <param name="Dpi">Resolution PDF pages are rendered at for OCR (default 300; 150–600 work).</param>
/// <param name="MaxParallel">Tesseract processes at once across all documents (default: the number of processors; the CLI passes --jobs).</param>
/// <param name="LowConfidence">A block whose mean word confidence (0–100) is under this gets a warning (default 60).</param>
/// <param name="Tesseract">The tesseract executable (default from PATH).</param>
/// <param name="Rasteriser">poppler's pdftoppm (default from PATH).</param>
/// <param name="ImageConverter">ImageMagick's convert, for .png/.jpg/.tif inputs (default from PATH).</param>
/// <param name="ImageIdentifier">ImageMagick's identify, to list an image file's pages (default from PATH).</param>
/// <param name="TextLayer">When a PDF page's own text counts as missing or garbage.</param>
/// <param name="Rules">How table rules are found in the page image.</param>
/// <param name="Acronyms">Known capitalised words ("PGJCDMX") a misread acronym is put right to (<see cref="OcrWordCorrector"/>); null for none.</param>
public sealed record OcrOptions(
    string Language = "spa",
    int Dpi = 300,
    int MaxParallel = 0,
    double LowConfidence = 60,
    string Tesseract = "tesseract",
    string Rasteriser = "pdftoppm",
    string ImageConverter = "convert",
    string ImageIdentifier = "identify",
    TextLayerJudgeOptions? TextLayer = null,
    ImageRuleFinderOptions? Rules = null,
    IReadOnlyCollection<string>? Acronyms = null)
{
    public static OcrOptions Default { get; } = new();

    public int EffectiveParallel => MaxParallel > 0 ? MaxParallel : Environment.ProcessorCount;

    public TextLayerJudgeOptions EffectiveTextLayer => TextLayer ?? TextLayerJudgeOptions.Default;

    public ImageRuleFinderOptions EffectiveRules => Rules ?? ImageRuleFinderOptions.Default;
}
