using Actas.Pipeline.Reading.Ocr;

namespace Actas.Cli.Composition;

/// <summary>The <c>--ocr auto|always|never</c> option shared by extract, import and eval.</summary>
internal static class OcrFlag
{
    public const string Description = "Read scanned pages with OCR (Tesseract, spa): auto (pages with no or garbage text layer, and images; default), always (every page), never";

    public static OcrMode? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        null or "" or "auto" => OcrMode.Auto,
        "always" => OcrMode.Always,
        "never" => OcrMode.Never,
        _ => null,
    };

    public static string Error(string? value) => $"--ocr must be auto, always or never, not '{value}'";
}
