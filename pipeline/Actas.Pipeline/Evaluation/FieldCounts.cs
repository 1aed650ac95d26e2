namespace Actas.Pipeline.Evaluation;

/// <summary>
/// True positives, false positives and false negatives of one field. Precision is 1 when nothing
/// was extracted, recall is 1 when the gold has nothing: an empty field is not an error.
/// </summary>
public readonly record struct FieldCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static FieldCounts Zero => default;

    /// <summary>Items the gold holds (matched + missed).</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>Items the extraction produced (matched + spurious).</summary>
    public int Extracted => TruePositives + FalsePositives;

    /// <summary>Whether anything was expected or produced; fields without either are not scored.</summary>
    public bool IsScored => Gold + FalsePositives > 0;

    public double Precision => Extracted == 0 ? 1.0 : (double)TruePositives / Extracted;

    public double Recall => Gold == 0 ? 1.0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public static FieldCounts operator +(FieldCounts a, FieldCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
