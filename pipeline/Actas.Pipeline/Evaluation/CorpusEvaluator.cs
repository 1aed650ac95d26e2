using Actas.Pipeline.Model;

namespace Actas.Pipeline.Evaluation;

/// <summary>
/// Runs an extractor over every corpus document (<see cref="CorpusDiscovery"/>) and scores it against
/// its gold with <see cref="ExtractionScorer"/>. A document whose extraction throws counts as
/// all-missed and carries the error; one bad document never stops the run.
/// </summary>
public sealed class CorpusEvaluator
{
    private readonly Func<string, CancellationToken, Acta> _extract;
    private readonly ExtractionScorer _scorer;

    public CorpusEvaluator(Func<string, CancellationToken, Acta> extract, ExtractionScorer? scorer = null)
    {
        _extract = extract ?? throw new ArgumentNullException(nameof(extract));
        _scorer = scorer ?? new ExtractionScorer();
    }

    /// <param name="only">Keeps the documents it accepts (e.g. <see cref="CorpusFilter"/>); all when null.</param>
    public EvaluationReport Evaluate(string root, CancellationToken cancellationToken = default, Func<CorpusDocument, bool>? only = null)
    {
        var documents = CorpusDiscovery.Find(root).Where(d => only?.Invoke(d) ?? true).ToList();
        var golds = new Dictionary<string, GoldFile>(StringComparer.Ordinal);
        var results = new List<DocumentResult>(documents.Count);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!golds.TryGetValue(document.GoldPath, out var gold))
            {
                gold = GoldFile.Load(document.GoldPath);
                golds[document.GoldPath] = gold;
            }

            results.Add(ScoreOne(document, gold, cancellationToken));
        }

        var overall = new ScoreTable();
        var byLayout = new SortedDictionary<string, ScoreTable>(StringComparer.Ordinal);
        var byFormat = new SortedDictionary<string, ScoreTable>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            overall.Add(result.Score);
            Table(byLayout, result.Layout).Add(result.Score);
            Table(byFormat, result.Document.Format).Add(result.Score);
        }

        return new EvaluationReport(overall, byLayout, byFormat, results);
    }

    private DocumentResult ScoreOne(CorpusDocument document, GoldFile gold, CancellationToken cancellationToken)
    {
        Acta extracted;
        try
        {
            extracted = _extract(document.DocumentPath, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // a failed document is data in the report, whatever the exception
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (ex is Diagnostics.ActaReadException { Code: "ocr-missing" or "ocr-failed" } && document.Format == "pdf")
            {
                document = document with { Format = "pdf-scan" };
            }

            var message = ex is NotImplementedException ? "extraction not implemented for this format yet" : ex.Message;
            return new DocumentResult(document, gold.Layout, gold.Origin, _scorer.AllMissed(gold.Acta), $"{ex.GetType().Name}: {message}");
        }

        // A PDF read by OCR is scored apart as "pdf-scan": its targets differ from a text layer's.
        var scored = extracted.Source.Ocr == true && document.Format == "pdf" ? document with { Format = "pdf-scan" } : document;
        return new DocumentResult(scored, gold.Layout, gold.Origin, _scorer.Score(extracted, gold.Acta), null);
    }

    private static ScoreTable Table(SortedDictionary<string, ScoreTable> tables, string key)
    {
        if (!tables.TryGetValue(key, out var table))
        {
            table = new ScoreTable();
            tables[key] = table;
        }

        return table;
    }
}
