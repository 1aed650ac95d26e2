using System.IO.Compression;
using System.Text.Json;

namespace Actas.Classification.Runtime;

/// <summary>
/// Who made a model file: stored as an extra entry of the ML.NET zip (ML.NET ignores it), so
/// the model carries its version wherever it is copied.
/// </summary>
/// <param name="Version">e.g. "2026-11-28T11:02Z-sdca".</param>
/// <param name="Temperature">Confidence calibration fitted on validation (<see cref="Calibration.ConfidenceCalibrator"/>); 1 = none.</param>
/// <param name="ReviewThreshold">Calibrated confidence below which a prediction needs review; null = never flagged.</param>
/// <param name="Features">"cues" or "grams" (see <see cref="Training.FeedbackFeaturizer"/>); models saved before it was recorded are "grams".</param>
public sealed record ModelManifest(string Version, string Trainer, DateTimeOffset CreatedUtc, IReadOnlyList<string> Labels,
    double Temperature = 1.0, double? ReviewThreshold = null, string Features = "grams")
{
    public const string EntryName = "Actas/manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string NewVersion(DateTimeOffset createdUtc, string trainer) =>
        createdUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture) + "-" + trainer;

    public void WriteInto(string zipPath)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        zip.GetEntry(EntryName)?.Delete();
        using var stream = zip.CreateEntry(EntryName).Open();
        JsonSerializer.Serialize(stream, this, Json);
    }

    /// <returns>null when the zip has no manifest (a model saved by other code).</returns>
    public static ModelManifest? ReadFrom(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entry = zip.GetEntry(EntryName);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        return JsonSerializer.Deserialize<ModelManifest>(stream, Json);
    }
}
