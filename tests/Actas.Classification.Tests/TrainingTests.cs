using Actas.Classification.Data;
using Actas.Classification.Runtime;
using Actas.Classification.Training;

namespace Actas.Classification.Tests;

public sealed class TrainingTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void Training_with_the_fixed_seed_reaches_the_macro_f1_floor_on_the_test_split()
    {
        var m = fixture.Trained.TestMetrics;

        Assert.True(m.MacroF1 >= 0.80, $"macro-F1 {m.MacroF1:0.000} is below the 0.80 floor");
        Assert.Equal(FeedbackLabels.All.Count, m.PerLabel.Count);
        Assert.Equal(fixture.Data.Test.Count, m.Confusion.Counts.Sum(r => r.Sum()));
    }

    [Fact]
    public void Saved_model_loads_with_its_version_and_predicts_known_labels()
    {
        var classifier = FeedbackClassifier.Load(fixture.ModelPath);

        Assert.Equal("1970-01-01T00:00Z-ova", classifier.ModelVersion);
        Assert.Equal("grams", ModelManifest.ReadFrom(fixture.ModelPath)?.Features);
        var p = classifier.Predict(fixture.Data.Test[0].Text);
        Assert.Contains(p.Label, FeedbackLabels.All);
        Assert.InRange(p.Confidence, 0, 1);
    }

    [Fact]
    public void Corrections_added_to_training_flip_the_predictions_on_those_items()
    {
        var before = FeedbackClassifier.Load(fixture.ModelPath);
        var wrong = fixture.Data.Test
            .Select(t => (Item: t, Predicted: before.Predict(t.Text).Label))
            .Where(x => x.Predicted != x.Item.Label)
            .Take(3)
            .ToList();
        Assert.Equal(3, wrong.Count);

        var corrections = wrong.Select(w => w.Item with { Id = "correction-" + w.Item.Id, Source = "correction" }).ToList();
        var retrained = new FeedbackModelTrainer(fixture.Options).Train(fixture.Data, corrections);
        var path = Path.Combine(fixture.Directory, "corrected.zip");
        FeedbackModelWriter.Save(retrained, path, DateTimeOffset.UnixEpoch);
        var after = FeedbackClassifier.Load(path);

        foreach (var (item, predicted) in wrong)
        {
            var now = after.Predict(item.Text).Label;
            Assert.True(now == item.Label, $"'{item.Text}' was {predicted}, corrected to {item.Label}, still predicted {now}");
        }
    }

    [Fact]
    public void A_correction_replaces_a_base_row_with_the_same_text()
    {
        FeedbackExample[] train = [new("1", "Texto  A", "avance", "seed"), new("2", "Texto B", "avance", "seed")];
        FeedbackExample[] corrections = [new("c1", "texto a", "proceso", "correction")];

        var rows = FeedbackModelTrainer.MergeCorrections(train, corrections, repeat: 2);

        Assert.Equal(["Texto B", "texto a", "texto a"], rows.Select(r => r.Text));
        Assert.Equal(["avance", "proceso", "proceso"], rows.Select(r => r.Label));
    }
}
