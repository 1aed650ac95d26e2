using Actas.Cli.Usage;
using Actas.Pipeline.Reading.Ocr;

namespace Actas.Cli.Composition;

/// <summary>The <c>--ocr auto|always|never</c> option shared by extract, import and eval.</summary>
internal static class OcrFlag
{
    public static OcrMode? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        null or "" or "auto" => OcrMode.Auto,
        "always" => OcrMode.Always,
        "never" => OcrMode.Never,
        _ => null,
    };

    public static string Error(string? value) => Usage.Localized.Format("val.ocr", value);
}
