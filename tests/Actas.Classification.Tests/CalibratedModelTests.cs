using Actas.Classification.Runtime;

namespace Actas.Classification.Tests;

public sealed class CalibratedModelTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void The_saved_model_carries_the_temperature_and_review_threshold_fitted_on_validation()
    {
        var manifest = ModelManifest.ReadFrom(fixture.ModelPath);

        Assert.NotNull(manifest);
        Assert.NotNull(fixture.Trained.Calibration);
        Assert.Equal(fixture.Trained.Calibration.Temperature, manifest.Temperature);
        Assert.Equal(fixture.Trained.Calibration.ReviewThreshold, manifest.ReviewThreshold);
        Assert.NotEmpty(fixture.Trained.Calibration.Calibrated);
    }

    [Fact]
    public void Predictions_below_the_threshold_and_only_those_need_review()
    {
        var threshold = ModelManifest.ReadFrom(fixture.ModelPath)!.ReviewThreshold!.Value;
        var classifier = FeedbackClassifier.Load(fixture.ModelPath);

        var predictions = fixture.Data.Test.Select(t => classifier.Predict(t.Text)).ToList();

        Assert.All(predictions, p => Assert.Equal(p.Confidence < threshold, p.NeedsReview));
        Assert.All(predictions, p => Assert.InRange(p.Confidence, 0.0, 1.0));
        // on the split the threshold was chosen on, the flagged items are the less accurate ones
        var flagged = fixture.Data.Test.Zip(predictions).Where(x => x.Second.NeedsReview).ToList();
        var kept = fixture.Data.Test.Zip(predictions).Where(x => !x.Second.NeedsReview).ToList();
        Assert.NotEmpty(kept);
        if (flagged.Count > 0)
        {
            Assert.True(kept.Count(x => x.First.Label == x.Second.Label) / (double)kept.Count
                > flagged.Count(x => x.First.Label == x.Second.Label) / (double)flagged.Count);
        }
    }
}
