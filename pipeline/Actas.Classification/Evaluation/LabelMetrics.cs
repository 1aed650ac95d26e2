namespace Actas.Classification.Evaluation;

/// <summary>Precision, recall and F1 (0..1) of one label; Support is its count in the test split.</summary>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);
