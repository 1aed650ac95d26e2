using System.Text.Json;
using System.Text.Json.Serialization;

namespace Actas.Classification.Evaluation;

/// <summary>models/metrics.json: the shipped model's version, trainer, features, date and test-split metrics,
/// plus the comparison it won. Input to <see cref="Promotion.PromotionGate"/> for the next model.</summary>
public sealed record ModelMetricsReport(
    string Version,
    string Trainer,
    DateTimeOffset CreatedUtc,
    int Seed,
    int TrainRows,
    int TestRows,
    double TrainingSeconds,
    ClassificationMetrics Metrics,
    IReadOnlyList<TrainerScore> Comparison,
    Calibration.CalibrationReport? Calibration = null,
    ClassificationMetrics? CurrentModelMetrics = null,
    string? CurrentModelVersion = null,
    string Features = "grams")
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModelMetricsReport FromJson(string json) =>
        JsonSerializer.Deserialize<ModelMetricsReport>(json, Json)
        ?? throw new InvalidDataException("metrics.json is empty.");
}
