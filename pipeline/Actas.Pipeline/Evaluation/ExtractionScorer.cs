using System.Globalization;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Evaluation;

/// <summary>
/// Compares an extracted <see cref="Acta"/> with its gold, field group by field group
/// (<see cref="EvalFields"/>). Pure: no files, no pipeline. Matching rules are in corpus/README.md:
/// names and free text compare accent-, case- and punctuation-insensitively, names without titles;
/// feedback pairs need similarity ≥ 0.9 within the same strategy, agreements ≥ 0.8.
/// </summary>
public sealed partial class ExtractionScorer
{
    private readonly ScoringOptions _options;

    public ExtractionScorer(ScoringOptions? options = null) => _options = options ?? ScoringOptions.Default;

    public DocumentScore Score(Acta extracted, Acta gold)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(gold);
        var e = extracted.Session;
        var g = gold.Session;
        var fields = new Dictionary<string, FieldCounts>(StringComparer.Ordinal)
        {
            [EvalFields.SessionBody] = ItemMatcher.Single(Text(e.Body), Text(g.Body)),
            [EvalFields.SessionNumber] = ItemMatcher.Single(Int(e.Number), Int(g.Number)),
            [EvalFields.SessionKind] = ItemMatcher.Single(Text(e.Kind), Text(g.Kind)),
            [EvalFields.SessionDate] = ItemMatcher.Single(e.Date?.Trim(), g.Date?.Trim()),
            [EvalFields.SessionStartTime] = ItemMatcher.Single(e.StartTime?.Trim(), g.StartTime?.Trim()),
            [EvalFields.SessionPlace] = ItemMatcher.Single(Text(e.Place), Text(g.Place)),
            [EvalFields.Attendance] = ItemMatcher.ByKey(AttendanceKeys(extracted), AttendanceKeys(gold)),
            [EvalFields.InstitutionKeys] = ItemMatcher.ByKey(InstitutionKeys(extracted), InstitutionKeys(gold)),
            [EvalFields.Strategies] = ItemMatcher.ByKey(
                extracted.Strategies.Select(s => Int(s.Number)!), gold.Strategies.Select(s => Int(s.Number)!)),
            [EvalFields.GoalStatus] = ItemMatcher.ByKey(GoalKeys(extracted), GoalKeys(gold)),
            [EvalFields.Figures] = ItemMatcher.ByKey(FigureKeys(extracted), FigureKeys(gold)),
            [EvalFields.Feedback] = ScoreFeedback(extracted, gold),
            [EvalFields.Agreements] = ItemMatcher.BySimilarity(
                extracted.Agreements.Select(a => Text(a.Text)).ToList(),
                gold.Agreements.Select(a => Text(a.Text)).ToList(),
                _options.AgreementSimilarity),
            [EvalFields.NextSession] = ItemMatcher.ByKey(NextSessionKeys(extracted.NextSession), NextSessionKeys(gold.NextSession)),
        };
        return new DocumentScore(fields);
    }

    /// <summary>Everything the gold holds, counted as missed: the score of a document that failed to extract.</summary>
    public DocumentScore AllMissed(Acta gold)
    {
        var empty = new Acta(gold.Source, new SessionInfo(null, null, null, null, null, null, null, null), null, [], [], [], null, []);
        return Score(empty, gold);
    }

    private static string Text(string? text) => TextNormalizer.Text(text);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> AttendanceKeys(Acta acta) =>
        acta.Attendance.Select(a => TextNormalizer.Name(a.Name) + "|" + a.Sector);

    private static IEnumerable<string> InstitutionKeys(Acta acta) =>
        acta.Attendance
            .Select(a => a.InstitutionKey?.Trim().ToUpperInvariant())
            .Where(k => !string.IsNullOrEmpty(k))
            .Distinct(StringComparer.Ordinal)!;

    private static IEnumerable<string> GoalKeys(Acta acta) =>
        acta.Strategies.SelectMany(s => s.Goals.Select(g => $"{s.Number}|{g.Id?.Trim()}|{g.ReportStatus}"));

    private static IEnumerable<string> FigureKeys(Acta acta) =>
        acta.Strategies.SelectMany(s => s.Figures.Select(f => FigureKey(s.Number, f.Value, f.Unit)));

    /// <summary>
    /// One quantity however it is written: "62 por ciento" is "62 %", "18 millones de pesos" is "18000000 pesos" (a gold may
    /// keep the words as written; the extractor gives the number and the noun it counts). The unit compares by its head
    /// noun, its first word: hands differ on how much of the noun phrase a gold keeps ("612 personas jóvenes", "6 mesas de
    /// trabajo", "37 expresiones culturales" beside corpus/'s "81 operativos"), while what is counted is the noun.
    /// </summary>
    private static string FigureKey(int strategy, decimal value, string? unit)
    {
        var folded = Text(unit);
        if (folded is "por ciento" or "porciento")
        {
            folded = Text("%");
        }
        else if (ScaledUnit().Match(folded) is { Success: true } scaled)
        {
            value *= scaled.Groups["scale"].Value == "mil" ? 1_000 : 1_000_000;
            folded = scaled.Groups["unit"].Value;
        }

        var head = folded.Split(' ', 2)[0];
        return $"{strategy}|{Number(value)}|{head}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<scale>mil|millones|millon)(?: de)? (?<unit>.+)$")]
    private static partial System.Text.RegularExpressions.Regex ScaledUnit();

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static IEnumerable<string> NextSessionKeys(NextSession? next)
    {
        if (next is null)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(next.Date))
        {
            yield return "date:" + next.Date.Trim();
        }

        if (!string.IsNullOrWhiteSpace(next.StartTime))
        {
            yield return "start:" + next.StartTime.Trim();
        }

        if (!string.IsNullOrWhiteSpace(next.EndTime))
        {
            yield return "end:" + next.EndTime.Trim();
        }

        foreach (var strategy in next.Strategies.Distinct())
        {
            yield return "strategy:" + strategy.ToString(CultureInfo.InvariantCulture);
        }
    }

    private FieldCounts ScoreFeedback(Acta extracted, Acta gold)
    {
        var total = FieldCounts.Zero;
        var numbers = extracted.Strategies.Select(s => s.Number).Concat(gold.Strategies.Select(s => s.Number)).Distinct();
        foreach (var number in numbers)
        {
            total += ItemMatcher.BySimilarity(FeedbackTexts(extracted, number), FeedbackTexts(gold, number), _options.FeedbackSimilarity);
        }

        return total;
    }

    private static List<string> FeedbackTexts(Acta acta, int strategy) =>
        acta.Strategies.Where(s => s.Number == strategy).SelectMany(s => s.Feedback).Select(f => Text(f.Text)).ToList();
}
