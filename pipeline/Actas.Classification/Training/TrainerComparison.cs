using Actas.Classification.Data;
using Actas.Classification.Evaluation;

namespace Actas.Classification.Training;

/// <summary>Trains each trainer with the same seed and data; the best is the highest macro-F1 on
/// the test split (ties: the faster). The test split thus also chooses the trainer: its scores
/// are slightly optimistic for the winner.</summary>
public static class TrainerComparison
{
    public static IReadOnlyList<FeedbackTrainerKind> AllTrainers { get; } =
        [FeedbackTrainerKind.Sdca, FeedbackTrainerKind.Lbfgs, FeedbackTrainerKind.LightGbm, FeedbackTrainerKind.Ova];

    public static (TrainedFeedbackModel Best, IReadOnlyList<TrainedFeedbackModel> All) Run(
        FeedbackDataset data,
        IReadOnlyList<FeedbackTrainerKind> trainers,
        FeedbackTrainingOptions baseOptions,
        IReadOnlyList<FeedbackExample>? corrections = null,
        Action<TrainedFeedbackModel>? onTrained = null)
    {
        ArgumentNullException.ThrowIfNull(trainers);
        ArgumentNullException.ThrowIfNull(baseOptions);
        if (trainers.Count == 0)
        {
            throw new ArgumentException("no trainer to compare", nameof(trainers));
        }

        var results = new List<TrainedFeedbackModel>();
        foreach (var kind in trainers)
        {
            var trained = new FeedbackModelTrainer(baseOptions with { Trainer = kind }).Train(data, corrections);
            onTrained?.Invoke(trained);
            results.Add(trained);
        }

        var best = results.OrderByDescending(r => Math.Round(r.TestMetrics.MacroF1, 4)).ThenBy(r => r.TrainingTime).First();
        return (best, results);
    }

    public static TrainerScore Score(TrainedFeedbackModel m) =>
        new(m.Trainer.ToString().ToLowerInvariant(), m.TestMetrics.Accuracy, m.TestMetrics.MacroF1, m.TestMetrics.MinLabelF1, m.TrainingTime.TotalSeconds);
}
