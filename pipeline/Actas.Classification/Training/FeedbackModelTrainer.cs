using System.Diagnostics;
using Actas.Classification.Calibration;
using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Classification.Runtime;
using Microsoft.ML;

namespace Actas.Classification.Training;

/// <summary>
/// Training side of the classifier, in the ML.NET samples' order: load, featurize, choose the
/// trainer, fit, evaluate on the fixed test split. Saving is <see cref="FeedbackModelWriter"/>.
/// </summary>
public sealed class FeedbackModelTrainer(FeedbackTrainingOptions options)
{
    private readonly FeedbackTrainingOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <param name="corrections">Extra labelled rows (human corrections). A correction replaces every
    /// base training row with the same text, and enters training <see cref="FeedbackTrainingOptions.CorrectionRepeat"/> times.</param>
    public TrainedFeedbackModel Train(FeedbackDataset data, IReadOnlyList<FeedbackExample>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var ml = new MLContext(seed: _options.Seed);
        var rows = MergeCorrections(data.Train, corrections ?? [], _options.CorrectionRepeat);
        var trainView = ml.Data.LoadFromEnumerable(rows);
        var labelMap = ml.Transforms.Conversion.MapValueToKey(FeedbackTrainerFactory.LabelKeyColumn, nameof(TrainingRow.Label),
            keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Fit(trainView);
        var keyed = labelMap.Transform(trainView);

        // The cache keeps multi-pass trainers (L-BFGS, 10 × 30 perceptron epochs in OVA) from
        // re-running the Lucene analysis and n-gram extraction on every pass.
        var pipeline = FeedbackFeaturizer.Build(ml, _options.Cues)
            .AppendCacheCheckpoint(ml)
            .Append(FeedbackTrainerFactory.Create(ml, _options.Trainer, _options.Seed))
            .Append(ml.Transforms.Conversion.MapKeyToValue(FeedbackModelOutput.PredictedLabelColumn));

        var clock = Stopwatch.StartNew();
        var model = pipeline.Fit(keyed);
        clock.Stop();

        var inputSchema = ml.Data.LoadFromEnumerable(Array.Empty<FeedbackModelInput>()).Schema;
        var metrics = Evaluate(ml, model, data.Test);
        var labels = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var calibration = data.Test.Count == 0 ? null : Calibrate(ml, model, data.Test, labels);
        return new TrainedFeedbackModel(ml, model, inputSchema, _options.Trainer, metrics, clock.Elapsed, rows.Count, data.Test.Count, calibration,
            _options.Cues ? "cues" : "grams");
    }

    public static ClassificationMetrics Evaluate(MLContext ml, ITransformer model, IReadOnlyList<FeedbackExample> test)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(test);
        var view = ml.Data.LoadFromEnumerable(test.Select(t => new FeedbackModelInput { Text = t.Text }));
        var predicted = ml.Data.CreateEnumerable<FeedbackModelOutput>(model.Transform(view), reuseRowObject: false)
            .Select(p => p.PredictedLabel)
            .ToList();
        return MetricsCalculator.Compute(FeedbackLabels.All, test.Select(t => t.Label).ToList(), predicted);
    }

    /// <summary>Temperature and review threshold fitted on the validation split's probabilities.</summary>
    /// <param name="labels">The labels in the model's key order (ordinal sort of the training labels).</param>
    public static CalibrationReport Calibrate(MLContext ml, ITransformer model, IReadOnlyList<FeedbackExample> test, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(labels);
        var view = ml.Data.LoadFromEnumerable(test.Select(t => new FeedbackModelInput { Text = t.Text }));
        var scores = ml.Data.CreateEnumerable<FeedbackModelOutput>(model.Transform(view), reuseRowObject: false)
            .Select(p => p.Score)
            .ToList();
        var gold = test.Select(t => labels.ToList().IndexOf(t.Label)).ToList();
        return ConfidenceCalibrator.Fit(scores, gold);
    }

    public static List<TrainingRow> MergeCorrections(IReadOnlyList<FeedbackExample> train, IReadOnlyList<FeedbackExample> corrections, int repeat)
    {
        var corrected = new HashSet<string>(corrections.Select(c => Key(c.Text)), StringComparer.Ordinal);
        var rows = train.Where(t => !corrected.Contains(Key(t.Text)))
            .Select(t => new TrainingRow { Text = t.Text, Label = t.Label })
            .ToList();
        foreach (var c in corrections)
        {
            for (var i = 0; i < Math.Max(1, repeat); i++)
            {
                rows.Add(new TrainingRow { Text = c.Text, Label = c.Label });
            }
        }

        return rows;
    }

    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
