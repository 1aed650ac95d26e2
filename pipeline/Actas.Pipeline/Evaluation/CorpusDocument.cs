namespace Actas.Pipeline.Evaluation;

/// <summary>One document of the corpus with the gold file beside it; <see cref="Format"/> is its extension without the dot.</summary>
public sealed record CorpusDocument(string DocumentPath, string GoldPath, string Format);
