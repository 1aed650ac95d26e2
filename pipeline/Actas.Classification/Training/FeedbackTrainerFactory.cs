using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace Actas.Classification.Training;

/// <summary>
/// The multiclass trainer for a <see cref="FeedbackTrainerKind"/>; one thread each, so runs repeat.
/// Hyperparameters were picked by hand on models/data (see models/MODEL_CARD.md): the ML.NET
/// defaults regularise the L2-normalised sparse n-grams too hard (L-BFGS L2 = 1 scored 0.56 macro-F1).
/// </summary>
public static class FeedbackTrainerFactory
{
    public const string LabelKeyColumn = "LabelKey";

    public static IEstimator<ITransformer> Create(MLContext ml, FeedbackTrainerKind kind, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var trainers = ml.MulticlassClassification.Trainers;
        var features = FeedbackFeaturizer.FeaturesColumn;
        return kind switch
        {
            FeedbackTrainerKind.Sdca => trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKeyColumn, FeatureColumnName = features, NumberOfThreads = 1, L2Regularization = 1e-5f,
            }),
            FeedbackTrainerKind.Lbfgs => trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKeyColumn, FeatureColumnName = features, NumberOfThreads = 1,
                L2Regularization = 0.003f, L1Regularization = 0f,
            }),
            FeedbackTrainerKind.LightGbm => trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = LabelKeyColumn, FeatureColumnName = features, NumberOfThreads = 1, Seed = seed,
                NumberOfIterations = 100, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 5, LearningRate = 0.1,
            }),
            FeedbackTrainerKind.Ova => trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron(labelColumnName: LabelKeyColumn, featureColumnName: features, numberOfIterations: 30),
                labelColumnName: LabelKeyColumn),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown trainer"),
        };
    }
}
