using System.Globalization;
using System.Text;
using Actas.Pipeline.Evaluation;

namespace Actas.Pipeline.Tests.Evaluation;

/// <summary>
/// The extractor against the whole corpus: every scored field in every format must reach F1 0.95.
/// Fails until the extractor handles every layout and format; run alone with
/// <c>dotnet test --filter Category=CorpusScore</c>, or leave it out with <c>Category!=CorpusScore</c>.
/// </summary>
[Trait("Category", "CorpusScore")]
public sealed class CorpusScoreTests
{
    private const double Floor = 0.95;

    [Fact]
    public void Corpus_extraction_f1_is_at_least_0_95_per_field()
    {
        var pipeline = ActaPipeline.CreateDefault();
        var report = new CorpusEvaluator((path, token) => pipeline.Process(path, cancellationToken: token)).Evaluate(CorpusPaths.Corpus);

        var below = new List<string>();
        foreach (var (format, table) in report.ByFormat)
        {
            foreach (var field in EvalFields.All)
            {
                var counts = table[field];
                if (counts.IsScored && counts.F1 < Floor)
                {
                    below.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{format,-5} {field,-18} F1 {counts.F1:0.000} (P {counts.Precision:0.000}, R {counts.Recall:0.000}; tp {counts.TruePositives}, fp {counts.FalsePositives}, fn {counts.FalseNegatives})"));
                }
            }
        }

        var message = new StringBuilder();
        message.AppendLine(CultureInfo.InvariantCulture, $"{below.Count} field/format pairs below F1 {Floor} over {report.Documents.Count} documents:");
        below.ForEach(line => message.AppendLine("  " + line));
        var failures = report.Failures.ToList();
        message.AppendLine(CultureInfo.InvariantCulture, $"{failures.Count} documents failed to extract (counted as all missed):");
        failures.Take(20).ToList().ForEach(f => message.AppendLine($"  {Path.GetRelativePath(CorpusPaths.Corpus, f.Document.DocumentPath)}: {f.Error}"));
        Assert.True(report.Documents.Count > 0, "no corpus document found");
        Assert.True(below.Count == 0, message.ToString());
    }
}
