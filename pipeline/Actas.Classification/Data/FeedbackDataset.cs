namespace Actas.Classification.Data;

/// <summary>The fixed split of models/data: train.csv and test.csv.</summary>
public sealed record FeedbackDataset(IReadOnlyList<FeedbackExample> Train, IReadOnlyList<FeedbackExample> Test)
{
    public const string TrainFile = "train.csv";
    public const string TestFile = "test.csv";

    public static FeedbackDataset Load(string directory) =>
        new(FeedbackCsv.Read(Path.Combine(directory, TrainFile)), FeedbackCsv.Read(Path.Combine(directory, TestFile)));
}
