using System.Globalization;
using Actas.Pipeline.Evaluation;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Evaluation;

/// <summary>Every gold file in corpus/ (outside src/) deserialises and keeps the contract's invariants: one test per gold.</summary>
public sealed class GoldCorpusTests
{
    /// <summary>The labels of shared/labels.md.</summary>
    private static readonly HashSet<string> Labels =
    [
        "avance", "desalineado", "insuficiente", "solicita_datos", "diseno_meta",
        "reasignar", "cuestiona", "exhorta", "instancia", "proceso",
    ];

    public static TheoryData<string> GoldFiles() => new(GoldPaths());

    private static IEnumerable<string> GoldPaths() =>
        Directory.EnumerateFiles(CorpusPaths.Corpus, "*" + GoldFile.Suffix, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(CorpusPaths.Corpus, p))
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Contains("src"))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Corpus_has_at_least_forty_gold_files_with_documents()
    {
        var count = GoldPaths().Count();
        Assert.True(count >= 40, $"only {count} gold files in {CorpusPaths.Corpus}");
        Assert.True(CorpusDiscovery.Find(CorpusPaths.Corpus).Count >= 80);
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_file_is_a_valid_acta(string relativePath)
    {
        var path = Path.Combine(CorpusPaths.Corpus, relativePath);
        var gold = GoldFile.Load(path);
        var acta = gold.Acta;
        var problems = new List<string>();

        var folder = Path.GetDirectoryName(path)!;
        if (!CorpusDiscovery.Formats.Any(f => File.Exists(Path.Combine(folder, gold.Stem + "." + f))))
        {
            problems.Add($"no document {gold.Stem}.docx/.pdf/… beside the gold");
        }

        CheckDate(acta.Session.Date, "session.date", problems, required: true);
        CheckTime(acta.Session.StartTime, "session.start_time", problems);
        if (string.IsNullOrWhiteSpace(acta.Session.Body))
        {
            problems.Add("session.body is empty");
        }

        if (acta.Session.Number is <= 0)
        {
            problems.Add($"session.number {acta.Session.Number} is not positive");
        }

        foreach (var attendee in acta.Attendance.Where(a => string.IsNullOrWhiteSpace(a.Name)))
        {
            problems.Add($"attendee with empty name ({attendee.Institution})");
        }

        var labelled = gold.Origin is "generated" or "hand";
        foreach (var strategy in acta.Strategies)
        {
            CheckStrategy(strategy, labelled, problems);
        }

        foreach (var agreement in acta.Agreements)
        {
            foreach (var date in agreement.Dates)
            {
                CheckDate(date, $"agreement date in \"{Short(agreement.Text)}\"", problems, required: true);
            }
        }

        if (acta.NextSession is { } next)
        {
            CheckDate(next.Date, "next_session.date", problems, required: false);
            CheckTime(next.StartTime, "next_session.start_time", problems);
            CheckTime(next.EndTime, "next_session.end_time", problems);
        }

        Assert.True(problems.Count == 0, relativePath + ":\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Every_gold_scored_against_itself_through_json_is_perfect()
    {
        var scorer = new ExtractionScorer();
        var table = new ScoreTable();
        foreach (var relative in GoldPaths())
        {
            var gold = GoldFile.Load(Path.Combine(CorpusPaths.Corpus, relative)).Acta;
            table.Add(scorer.Score(ActaJson.Deserialize(ActaJson.Serialize(gold)), gold));
        }

        Assert.All(EvalFields.All, field =>
        {
            Assert.Equal(0, table[field].FalsePositives + table[field].FalseNegatives);
            Assert.True(table[field].TruePositives > 0, $"{field}: nothing in the gold");
        });
    }

    private static void CheckStrategy(Strategy strategy, bool labelled, List<string> problems)
    {
        var prefix = strategy.Number.ToString(CultureInfo.InvariantCulture) + ".";
        var ids = strategy.Goals.Select(g => g.Id).ToHashSet();
        foreach (var goal in strategy.Goals.Where(g => g.Id is not null && !g.Id.StartsWith(prefix, StringComparison.Ordinal)))
        {
            problems.Add($"goal {goal.Id} does not start with its strategy {prefix}");
        }

        var reported = strategy.Goals.Count(g => g.ReportStatus == ReportStatus.Reported);
        var expected = reported == strategy.Goals.Count ? ReportStatus.Reported : reported == 0 ? ReportStatus.NotReported : ReportStatus.Partial;
        if (strategy.Goals.Count > 0 && strategy.ReportStatus != expected)
        {
            problems.Add($"strategy {strategy.Number} is {strategy.ReportStatus} but its goals say {expected}");
        }

        if (strategy.Goals.Any(g => g.ReportStatus == ReportStatus.Partial))
        {
            problems.Add($"strategy {strategy.Number}: a goal is 'partial' (goals are reported or not_reported)");
        }

        foreach (var figure in strategy.Figures)
        {
            if (figure.Value <= 0 || string.IsNullOrWhiteSpace(figure.Unit) || figure.Unit != figure.Unit.ToLowerInvariant())
            {
                problems.Add($"strategy {strategy.Number}: figure {figure.Value} '{figure.Unit}' needs a positive value and a lower-case unit");
            }

            if (figure.Goal is not null && !ids.Contains(figure.Goal))
            {
                problems.Add($"strategy {strategy.Number}: figure {figure.Value} {figure.Unit} names goal {figure.Goal}, not one of the strategy's");
            }
        }

        foreach (var item in strategy.Feedback)
        {
            if (!Enum.IsDefined(item.Section))
            {
                problems.Add($"strategy {strategy.Number}: feedback section {item.Section} is not retroalimentacion/observacion");
            }

            if (item.Goal is not null && !ids.Contains(item.Goal))
            {
                problems.Add($"strategy {strategy.Number}: feedback \"{Short(item.Text)}\" names goal {item.Goal}, not one of the strategy's");
            }

            if (item.Label is null ? labelled : !Labels.Contains(item.Label))
            {
                problems.Add($"strategy {strategy.Number}: feedback \"{Short(item.Text)}\" has label '{item.Label}', expected one of shared/labels.md");
            }

            if (string.IsNullOrWhiteSpace(item.Text))
            {
                problems.Add($"strategy {strategy.Number}: empty feedback text");
            }
        }
    }

    private static void CheckDate(string? value, string what, List<string> problems, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                problems.Add($"{what} is null");
            }

            return;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"{what} '{value}' is not an ISO date YYYY-MM-DD");
        }
    }

    private static void CheckTime(string? value, string what, List<string> problems)
    {
        if (value is not null && !TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"{what} '{value}' is not HH:MM");
        }
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
