namespace Actas.Classification.Promotion;

/// <summary>Whether a retrained model replaces the promoted one, and why: in one English line (<see cref="Reason"/>, kept
/// with the model version's record) and as the numbers it was decided on, for a front end that words it in the user's
/// language.</summary>
/// <param name="Drops">Every label whose F1 fell, worst first, whether or not it blocked promotion.</param>
/// <param name="PreviousMacroF1">The promoted model's macro-F1 (0..1); null when there was none.</param>
/// <param name="NextMacroF1">The candidate's macro-F1 (0..1).</param>
/// <param name="MaxLabelDrop">The largest tolerated fall of one label's F1, in F1 units; a drop above it blocks.</param>
public sealed record PromotionDecision(
    bool Promote, string Reason, IReadOnlyList<LabelF1Change> Drops,
    double? PreviousMacroF1 = null, double NextMacroF1 = 0, double MaxLabelDrop = 0.05)
{
    /// <summary>The drops that blocked promotion (more than <see cref="MaxLabelDrop"/>), worst first.</summary>
    public IReadOnlyList<LabelF1Change> BlockingDrops => [.. Drops.Where(d => d.Drop > MaxLabelDrop + PromotionGate.Epsilon)];

    /// <summary>The drops within the tolerance, worst first.</summary>
    public IReadOnlyList<LabelF1Change> MinorDrops => [.. Drops.Where(d => d.Drop <= MaxLabelDrop + PromotionGate.Epsilon)];

    /// <summary>Whether the candidate's macro-F1 is lower than the promoted model's.</summary>
    public bool MacroFell => PreviousMacroF1 is { } previous && NextMacroF1 - previous < -PromotionGate.Epsilon;
}
