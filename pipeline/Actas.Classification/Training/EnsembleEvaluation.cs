using Actas.Classification.Calibration;
using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Classification.Runtime;

namespace Actas.Classification.Training;

/// <summary>Scores, on the validation split, the mean of the calibrated probabilities of several trained models
/// (a calibrated soft-voting ensemble). A comparison candidate only: the shipped model is one ML.NET zip.</summary>
public static class EnsembleEvaluation
{
    public static ClassificationMetrics Evaluate(IReadOnlyList<TrainedFeedbackModel> models, IReadOnlyList<FeedbackExample> test, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(labels);
        var sums = test.Select(_ => new double[labels.Count]).ToList();
        foreach (var m in models)
        {
            var view = m.Context.Data.LoadFromEnumerable(test.Select(t => new FeedbackModelInput { Text = t.Text }));
            var outputs = m.Context.Data.CreateEnumerable<FeedbackModelOutput>(m.Model.Transform(view), reuseRowObject: false).ToList();
            for (var i = 0; i < outputs.Count; i++)
            {
                var p = ConfidenceCalibrator.Apply(outputs[i].Score, m.Calibration?.Temperature ?? 1.0);
                for (var k = 0; k < p.Length && k < labels.Count; k++)
                {
                    sums[i][k] += p[k] / models.Count;
                }
            }
        }

        var predicted = sums.Select(s => labels[Array.IndexOf(s, s.Max())]).ToList();
        return MetricsCalculator.Compute(FeedbackLabels.All, test.Select(t => t.Label).ToList(), predicted);
    }
}
