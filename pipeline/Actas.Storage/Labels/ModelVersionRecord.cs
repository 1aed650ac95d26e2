namespace Actas.Storage.Labels;

/// <summary>A trained classifier model as the <c>model_versions</c> table keeps it.</summary>
/// <param name="MetricsJson">The evaluation metrics as JSON, e.g. {"macro_f1":0.71}.</param>
/// <param name="Promoted">Whether it is the model used for labelling (at most one is).</param>
/// <param name="Forced">Promoted although its metrics did not beat the previous model's.</param>
public sealed record ModelVersionRecord(
    string Version,
    string Trainer,
    string MetricsJson,
    DateTimeOffset CreatedAt,
    bool Promoted = false,
    bool Forced = false);
