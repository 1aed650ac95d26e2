namespace Actas.Pipeline.Evaluation;

/// <summary>Thresholds of <see cref="ExtractionScorer"/>: text similarity (Levenshtein ratio, 0..1) a pair needs to match.</summary>
public sealed record ScoringOptions(double FeedbackSimilarity = 0.9, double AgreementSimilarity = 0.8)
{
    public static ScoringOptions Default { get; } = new();
}
