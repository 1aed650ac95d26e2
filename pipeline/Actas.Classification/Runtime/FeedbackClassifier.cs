using Actas.Classification.Calibration;
using Actas.Classification.Text;
using Actas.Pipeline.Labelling;
using Microsoft.ML;

namespace Actas.Classification.Runtime;

/// <summary>
/// Runtime side of the classifier: loads a saved model zip and labels feedback items.
/// Thread-safe (pooled prediction engines). Never trains.
/// </summary>
public sealed class FeedbackClassifier : IFeedbackClassifier
{
    private readonly PredictionEnginePool<FeedbackModelInput, FeedbackModelOutput> _pool;

    private readonly double _temperature;
    private readonly double? _reviewThreshold;

    private FeedbackClassifier(PredictionEnginePool<FeedbackModelInput, FeedbackModelOutput> pool, string version, double temperature, double? reviewThreshold)
    {
        _pool = pool;
        ModelVersion = version;
        _temperature = temperature > 0 ? temperature : 1.0;
        _reviewThreshold = reviewThreshold;
    }

    public string ModelVersion { get; }

    /// <exception cref="FileNotFoundException">The model file does not exist.</exception>
    public static FeedbackClassifier Load(string modelPath)
    {
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"{modelPath}: model file not found. Train one with `actas train`.", modelPath);
        }

        var ml = new MLContext();
        ml.ComponentCatalog.RegisterAssembly(typeof(SpanishNormalizingMappingFactory).Assembly);
        var model = ml.Model.Load(modelPath, out _);
        var manifest = ModelManifest.ReadFrom(modelPath);
        var version = manifest?.Version
            ?? Path.GetFileNameWithoutExtension(modelPath) + "@" + File.GetLastWriteTimeUtc(modelPath).ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return new FeedbackClassifier(new PredictionEnginePool<FeedbackModelInput, FeedbackModelOutput>(ml, model), version,
            manifest?.Temperature ?? 1.0, manifest?.ReviewThreshold);
    }

    public FeedbackPrediction Predict(string text)
    {
        var output = _pool.Predict(new FeedbackModelInput { Text = text ?? "" });
        double confidence = output.Score.Length == 0 ? 0 : Math.Clamp(output.Score.Max(), 0f, 1f);
        if (output.Score.Length > 0 && _reviewThreshold is not null)
        {
            confidence = ConfidenceCalibrator.Apply(output.Score, _temperature).Max();
        }

        return new FeedbackPrediction(output.PredictedLabel, confidence, _reviewThreshold is { } t && confidence < t);
    }
}
