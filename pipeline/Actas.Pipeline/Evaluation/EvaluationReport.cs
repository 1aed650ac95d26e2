namespace Actas.Pipeline.Evaluation;

/// <summary>Scores of a corpus run: overall, by layout (gold's corpus.layout) and by format (extension), plus each document.</summary>
public sealed record EvaluationReport(
    ScoreTable Overall,
    IReadOnlyDictionary<string, ScoreTable> ByLayout,
    IReadOnlyDictionary<string, ScoreTable> ByFormat,
    IReadOnlyList<DocumentResult> Documents)
{
    public IEnumerable<DocumentResult> Failures => Documents.Where(d => d.Failed);
}
