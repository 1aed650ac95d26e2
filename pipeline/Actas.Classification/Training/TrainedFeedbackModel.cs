using Actas.Classification.Evaluation;
using Microsoft.ML;

namespace Actas.Classification.Training;

/// <summary>A fitted model with its scores on the fixed test split.</summary>
/// <param name="Model">Text → PredictedLabel (string) and Score (probabilities per label).</param>
/// <param name="TrainingTime">Fit time only (featurize + trainer), not loading or evaluation.</param>
/// <param name="Features">"cues" (n-grams + <see cref="Text.FeedbackCues"/>) or "grams" (n-grams only).</param>
public sealed record TrainedFeedbackModel(
    MLContext Context,
    ITransformer Model,
    DataViewSchema InputSchema,
    FeedbackTrainerKind Trainer,
    ClassificationMetrics TestMetrics,
    TimeSpan TrainingTime,
    int TrainRows,
    int TestRows,
    Calibration.CalibrationReport? Calibration = null,
    string Features = "grams");
