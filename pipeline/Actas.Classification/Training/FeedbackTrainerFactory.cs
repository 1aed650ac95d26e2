using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace Actas.Classification.Training;

/// <summary>The multiclass trainer for a <see cref="FeedbackTrainerKind"/>; one thread each, so runs repeat.</summary>
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
                LabelColumnName = LabelKeyColumn, FeatureColumnName = features, NumberOfThreads = 1,
            }),
            FeedbackTrainerKind.Lbfgs => trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKeyColumn, FeatureColumnName = features, NumberOfThreads = 1,
            }),
            FeedbackTrainerKind.LightGbm => trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = LabelKeyColumn, FeatureColumnName = features, NumberOfThreads = 1, Seed = seed,
                NumberOfIterations = 200, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 5, LearningRate = 0.1,
            }),
            FeedbackTrainerKind.Ova => trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron(labelColumnName: LabelKeyColumn, featureColumnName: features, numberOfIterations: 10),
                labelColumnName: LabelKeyColumn),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown trainer"),
        };
    }
}
