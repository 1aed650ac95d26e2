namespace Actas.Classification.Evaluation;

/// <summary>One row of the trainer comparison: test-split scores (0..1) and fit time in seconds.</summary>
public sealed record TrainerScore(string Trainer, double Accuracy, double MacroF1, double MinLabelF1, double TrainSeconds);
