using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Classification.Runtime;

namespace Actas.Classification.Tests;

public sealed class ShippedModelTests
{
    private static readonly Lazy<FeedbackClassifier> Shipped = new(() => FeedbackClassifier.Load(RepositoryPaths.ShippedModel));

    // One sentence per family of labels: an ask, the strategy's structure, the institution's own voice.
    // Written for this test; none is in models/data.
    [Theory]
    [InlineData("solicita_datos", "Es necesario que la Alcaldía Tláhuac informe cuántas personas mayores recibieron el apoyo y en qué colonias.")]
    [InlineData("reasignar", "Las pláticas de prevención del embarazo podrían reportarse en la estrategia 231, meta 231.2.")]
    [InlineData("instancia", "SEDEMA se compromete a enviar las cifras de reforestación en la próxima sesión.")]
    public void Shipped_model_labels_clear_unseen_sentences(string expected, string text)
    {
        var data = FeedbackDataset.Load(RepositoryPaths.ModelData);
        Assert.DoesNotContain(data.Train.Concat(data.Test), e => string.Equals(e.Text, text, StringComparison.OrdinalIgnoreCase));

        var p = Shipped.Value.Predict(text);

        Assert.Equal(expected, p.Label);
        Assert.InRange(p.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Shipped_model_version_matches_metrics_json()
    {
        var report = ModelMetricsReport.FromJson(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "models", "metrics.json")));

        Assert.Equal(report.Version, Shipped.Value.ModelVersion);
    }

    [Fact]
    public void Shipped_model_records_the_cue_features_it_was_trained_with_in_its_manifest_and_metrics_json()
    {
        var manifest = ModelManifest.ReadFrom(RepositoryPaths.ShippedModel);
        var report = ModelMetricsReport.FromJson(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "models", "metrics.json")));

        Assert.Equal("cues", manifest?.Features);
        Assert.Equal("cues", report.Features);
    }

    [Fact]
    public void Prediction_is_safe_from_many_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Es necesario que se reporten datos duros de la meta {i}.").ToList();

        var labels = texts.AsParallel().WithDegreeOfParallelism(4).Select(t => Shipped.Value.Predict(t).Label).ToList();

        Assert.All(labels, l => Assert.Equal("solicita_datos", l));
    }
}
