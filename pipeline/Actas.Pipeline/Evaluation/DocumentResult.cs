namespace Actas.Pipeline.Evaluation;

/// <summary>The outcome for one corpus document: its score, or the error that stopped extraction (then everything counts as missed).</summary>
public sealed record DocumentResult(CorpusDocument Document, string Layout, string Origin, DocumentScore Score, string? Error)
{
    public bool Failed => Error is not null;
}
