using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Minutes dictated aloud and transcribed with no label at all tell each goal in sentence frames run together in one paragraph
/// (blind batch K, K3: "… empezamos con la estrategia 472, que es Mejorar… La meta 472.1 es incorporar…, su indicador es número
/// de… y le toca a la Secretaría de Trabajo. El informe dice que se dieron 86 atenciones…", then "Name comentó sobre la meta 472.2
/// que la fisioterapia ayuda…"). The frames are no content; the clauses between them are. Each sentence that is such a frame is
/// rewritten as the labelled row the strategy reader knows:
/// <list type="bullet">
/// <item>"la estrategia N, que es T" → "Estrategia N. T";</item>
/// <item>"la meta N es X, su indicador es Y y le toca a Z" → "Meta N: X", "Indicador: Y", "Instancia ejecutora: Z" (the goal's
/// sentence must carry its indicator or who carries it out: "La meta 472.1 es prioritaria" is no frame);</item>
/// <item>after a goal's sentence, "el informe dice que R" → "Informe: R", and a sentence saying it brought no report → that goal's report;</item>
/// <item>"Who comentó sobre la meta N que T" → the secretariat's feedback or anybody else's observation on goal N.</item>
/// </list>
/// The frames' words are declared once in <see cref="ActaVocabulary"/> (DictatedGoalVerb, DictatedIndicator, DictatedExecutor,
/// DictatedReport, DictatedRemarkVerb). A paragraph with no such frame is left as it is.
/// </summary>
public static partial class DictatedGoalSentences
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var pieces = row is { Table: null, IsSingle: true } ? Pieces(row.Text) : null;
            if (pieces is null)
            {
                result?.Add(row);
                continue;
            }

            result ??= [.. rows.Take(i)];
            result.AddRange(pieces.Select(p => row with { Cells = [new RowCell(0, 1, [p])], SoftLines = null, Role = Layout.ParagraphRole.Body }));
        }

        return result ?? rows;
    }

    /// <summary>The paragraph's sentences with its frames read as labelled rows, or null when no sentence is a goal, report or remark frame.</summary>
    internal static List<string>? Pieces(string text)
    {
        // The cheap test first: every frame this reads (a goal's sentence, a remark) names a goal.
        if (text.Length < 20 || !text.Contains("meta", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length || !FrameWord().IsMatch(folded))
        {
            return null;
        }

        var pieces = new List<string>();
        var framed = false;
        var inGoal = false;
        var start = 0;
        foreach (var end in SentenceEnds(text))
        {
            var sentence = text[start..end].Trim();
            var f = folded[start..end].Trim();
            start = end;
            if (sentence.Length == 0)
            {
                continue;
            }

            var body = sentence.TrimEnd('.', ' ');
            var fb = f.TrimEnd('.', ' ');
            if (Goal.Match(fb) is { Success: true } goal && GoalFields(body, fb, goal) is { } fields)
            {
                if (Strategy().Match(fb[..goal.Index]) is { Success: true } opening)
                {
                    pieces.Add(StrategyRow(body, opening, goal.Index));
                }

                pieces.AddRange(fields);
                framed = inGoal = true;
                continue;
            }

            if (Strategy().Match(fb) is { Success: true } strategy && strategy.Index + strategy.Length < fb.Length)
            {
                pieces.Add(StrategyRow(body, strategy, body.Length));
                inGoal = false;
                continue;
            }

            if (inGoal && Report.Match(fb) is { Success: true } report && body.Length > report.Length)
            {
                // Only after a goal's own sentence: a remark under a labelled goal may open "El informe señala que…" too.
                pieces.Add("Informe: " + body[report.Length..].Trim());
                continue;
            }

            if (Remark.Match(fb) is { Success: true } remark && body.Length > remark.Length)
            {
                var who = Article().Replace(remark.Groups["who"].Value.Trim(), "");
                var label = ActaVocabulary.SecretariatSector.IsWhole(who) || ActaVocabulary.SecretariatSector.PrefixLength(who) > 2 ? "Retroalimentación" : "Observaciones";
                pieces.Add($"{label} {remark.Groups["id"].Value}: {body[remark.Length..].Trim()}");
                framed = true;
                inGoal = false;
                continue;
            }

            if (inGoal && ActaVocabulary.NotReported.Find(fb) is { Success: true } none)
            {
                // "Para esta meta la Secretaría de Trabajo no trajo informe porque…": the words that say so are the report's status
                // (as ProseStrategies reads "no se contó con informe"); the reason around them is no report.
                pieces.Add("Informe: " + body.Substring(none.Index, none.Length));
                continue;
            }

            pieces.Add(sentence);
        }

        return framed ? pieces : null;
    }

    private static string StrategyRow(string body, Match strategy, int end)
    {
        var title = body[(strategy.Index + strategy.Length)..end].Trim().TrimEnd('.', ',', ' ');
        return $"Estrategia {strategy.Groups["n"].Value}. {title}".TrimEnd();
    }

    /// <summary>"Meta N: X", "Indicador: Y", "Instancia ejecutora: Z" from a goal's sentence, or null when it tells neither indicator nor executor.</summary>
    private static List<string>? GoalFields(string body, string folded, Match goal)
    {
        var from = goal.Index + goal.Length;
        var indicator = Indicator.Match(folded, from);
        var executor = Executor.Match(folded, indicator.Success ? indicator.Index + indicator.Length : from);
        if (!indicator.Success && !executor.Success)
        {
            return null;
        }

        var goalEnd = indicator.Success ? indicator.Index : executor.Index;
        var fields = new List<string> { $"Meta {goal.Groups["id"].Value}: {body[from..goalEnd].Trim().TrimEnd(',')}" };
        if (indicator.Success)
        {
            var indicatorEnd = executor.Success ? executor.Index : body.Length;
            fields.Add("Indicador: " + body[(indicator.Index + indicator.Length)..indicatorEnd].Trim().TrimEnd(','));
        }

        if (executor.Success)
        {
            fields.Add("Instancia ejecutora: " + body[(executor.Index + executor.Length)..].Trim());
        }

        return fields;
    }

    /// <summary>Where each sentence ends: after a full stop before a capital letter (not an initial's: "Gustavo A. Madero"), and at the end.</summary>
    private static IEnumerable<int> SentenceEnds(string text)
    {
        foreach (Match m in SentenceEnd().Matches(text))
        {
            yield return m.Index + 1;
        }

        yield return text.Length;
    }

    /// <summary>
    /// A goal named inside a sentence, not as a label (folded): "meta 472.1 es", "meta 472.2 que"; a labelled row "Meta 472.1: …"
    /// is no frame, and is not split into sentences.
    /// </summary>
    [GeneratedRegex(@"meta\s+\d{3}\.\d{1,2}[\s,]")]
    private static partial Regex FrameWord();

    [GeneratedRegex(@"(?<!(?:^|\s)\p{Lu})\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    /// <summary>"… con la estrategia 472, que es " (folded): the strategy, then the words that introduce its title.</summary>
    [GeneratedRegex(@"(?<![\p{L}])estrategia\s+(?<n>\d{3}),?\s+(?:que\s+es|que\s+se\s+llama|llamada|denominada|que\s+trata\s+de)\s+")]
    private static partial Regex Strategy();

    private static readonly Regex Goal = new(
        @"(?:^|(?<=[\s,;]))(?:y\s+)?(?:la\s+)?meta\s+(?<id>\d{3}\.\d{1,2})\s+" + ActaVocabulary.DictatedGoalVerb.Pattern + @"\s+", RegexOptions.CultureInvariant);

    private static readonly Regex Indicator = new(@",?\s+(?:y\s+)?" + ActaVocabulary.DictatedIndicator.Pattern + @"\s+", RegexOptions.CultureInvariant);

    private static readonly Regex Executor = new(@",?\s+(?:y\s+)?" + ActaVocabulary.DictatedExecutor.Pattern + @"\s+(?:(?:la|el|los|las)\s+)?", RegexOptions.CultureInvariant);

    private static readonly Regex Report = new(@"^(?:(?:y|luego|despues|entonces)\s+)?" + ActaVocabulary.DictatedReport.Pattern + @"\s+que\s+", RegexOptions.CultureInvariant);

    /// <summary>"La Secretaría Ejecutiva comentó sobre la meta 472.1 que " (folded): who, a verb of remarking, the goal, "que".</summary>
    private static readonly Regex Remark = new(
        @"^(?:(?:y|luego|despues|entonces|tambien)\s+)?(?<who>[^.:;]{2,120}?)\s+(?:(?:le|les|nos)\s+)?" + ActaVocabulary.DictatedRemarkVerb.Pattern +
        @"\s+(?:sobre|acerca\s+de|respecto\s+(?:a|de)|de|en)\s+(?:la\s+)?meta\s+(?<id>\d{3}\.\d{1,2}),?\s+que\s+", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(?:la|el|los|las)\s+")]
    private static partial Regex Article();
}
