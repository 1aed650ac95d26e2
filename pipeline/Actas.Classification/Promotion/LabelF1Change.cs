namespace Actas.Classification.Promotion;

/// <summary>One label's F1 (0..1) in the promoted model and in the candidate; null when a model has no such label.</summary>
public sealed record LabelF1Change(string Label, double? Previous, double? Next)
{
    /// <summary>How much F1 fell (positive) or rose (negative); a label the candidate lost counts as F1 0.</summary>
    public double Drop => (Previous ?? 0) - (Next ?? 0);
}
