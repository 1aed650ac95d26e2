namespace Actas.Classification.Promotion;

/// <summary>Whether a retrained model replaces the promoted one, and why, in one line a person can read.</summary>
/// <param name="Drops">Every label whose F1 fell, worst first, whether or not it blocked promotion.</param>
public sealed record PromotionDecision(bool Promote, string Reason, IReadOnlyList<LabelF1Change> Drops);
