namespace Actas.Classification.Training;

/// <summary>How <see cref="FeedbackModelTrainer"/> trains.</summary>
/// <param name="Seed">The MLContext seed; with one thread per trainer, the same seed and data give the same model.</param>
/// <param name="CorrectionRepeat">How many times each correction row enters training, so a handful of
/// corrections can outweigh the template rows that taught the wrong label.</param>
/// <param name="Cues">Add the <see cref="Text.FeedbackCues"/> block (who speaks, request and negation cues) to the features.</param>
public sealed record FeedbackTrainingOptions(
    FeedbackTrainerKind Trainer = FeedbackTrainerKind.Sdca,
    int Seed = FeedbackTrainingOptions.DefaultSeed,
    int CorrectionRepeat = 3,
    bool Cues = false)
{
    public const int DefaultSeed = 20181109;
}
