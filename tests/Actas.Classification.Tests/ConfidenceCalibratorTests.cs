using Actas.Classification.Calibration;

namespace Actas.Classification.Tests;

public sealed class ConfidenceCalibratorTests
{
    [Fact]
    public void An_overconfident_model_gets_a_temperature_above_one_and_lower_confidences()
    {
        // 100 items, always 0.99 sure, right only 70 % of the time.
        var scores = Enumerable.Range(0, 100).Select(_ => new[] { 0.99f, 0.005f, 0.005f }).ToList();
        var gold = Enumerable.Range(0, 100).Select(i => i < 70 ? 0 : 1).ToList();

        var report = ConfidenceCalibrator.Fit(scores, gold);

        Assert.True(report.Temperature > 1.0, $"temperature {report.Temperature}");
        var calibrated = Assert.Single(report.Calibrated);
        Assert.InRange(calibrated.MeanConfidence, 0.6, 0.8);
        Assert.Equal(0.7, calibrated.Accuracy, 3);
        Assert.Equal(0.99, Assert.Single(report.Raw).MeanConfidence, 2);
    }

    [Fact]
    public void The_review_threshold_flags_the_unsure_items_that_are_wrong()
    {
        // sure items right, unsure items wrong: the threshold sits between them.
        var scores = Enumerable.Range(0, 50).Select(_ => new[] { 0.95f, 0.05f })
            .Concat(Enumerable.Range(0, 50).Select(_ => new[] { 0.55f, 0.45f })).ToList();
        var gold = Enumerable.Range(0, 100).Select(i => i < 50 ? 0 : 1).ToList();

        var report = ConfidenceCalibrator.Fit(scores, gold);
        var sure = ConfidenceCalibrator.Apply(scores[0], report.Temperature).Max();
        var unsure = ConfidenceCalibrator.Apply(scores[99], report.Temperature).Max();

        Assert.InRange(report.ReviewThreshold, unsure + 1e-9, sure);
        Assert.Equal(0.5, report.ShareBelowThreshold, 3);
        Assert.Equal(1.0, report.AccuracyAboveThreshold, 3);
    }
}
