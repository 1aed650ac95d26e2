using Actas.Classification.Data;
using Actas.Classification.Runtime;
using Actas.Classification.Training;

namespace Actas.Classification.Tests;

/// <summary>Trains once per test run, with the fixed seed and the fastest good trainer (OneVersusAll over AveragedPerceptron),
/// on the shipped data; saved to a temp zip so tests go through the runtime loader.</summary>
public sealed class TrainedModelFixture : IDisposable
{
    public TrainedModelFixture()
    {
        Data = FeedbackDataset.Load(RepositoryPaths.ModelData);
        Options = new FeedbackTrainingOptions(FeedbackTrainerKind.Ova);
        Trained = new FeedbackModelTrainer(Options).Train(Data);
        Directory = Path.Combine(Path.GetTempPath(), "actas-classifier-tests-" + Guid.NewGuid().ToString("N"));
        ModelPath = Path.Combine(Directory, "base.zip");
        FeedbackModelWriter.Save(Trained, ModelPath, DateTimeOffset.UnixEpoch);
    }

    public FeedbackDataset Data { get; }

    public FeedbackTrainingOptions Options { get; }

    public TrainedFeedbackModel Trained { get; }

    public string Directory { get; }

    public string ModelPath { get; }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
