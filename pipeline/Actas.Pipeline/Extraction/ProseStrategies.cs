using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Minutes written as running sentences (an <i>acta circunstanciada</i>) name a strategy and its goals inside the
/// sentence instead of under labels: "Se dio inicio a la retroalimentación de la estrategia 452, «Ampliar…».",
/// then "Respecto de la meta 452.1, «Se incorpora…», cuyo indicador es «…» y cuya instancia ejecutora es la
/// Secretaría…, la Mtra. … dio lectura al informe remitido: «Durante…»". This rewrites such paragraphs as the labelled
/// rows the strategy reader already knows ("Estrategia 452. …", "Meta 452.1 …", "Indicador: …", "Instancia ejecutora:
/// …", "Informe: …"), so prose needs no reader of its own.
/// <para>
/// A paragraph opens a strategy only when it names exactly one strategy near its start and the paragraph right after
/// it names a goal of that strategy near its start: a feedback item that mentions "la estrategia 456, meta 456.1"
/// or an agenda line "Retroalimentación de las estrategias 452 y 455" opens nothing. Quoted text («…», “…”, "…") is
/// what the acta quotes: the goal, the indicator (after "indicador") and the report (after "informe", "reporte",
/// "lectura"…); a quote left open runs on into the next paragraphs until it closes.
/// </para>
/// </summary>
public static partial class ProseStrategies
{
    /// <summary>How far into a paragraph the strategy or goal it is about may be named.</summary>
    private const int NamedWithin = 120;

    /// <summary>How many paragraphs a quoted report may run on for before its closing mark.</summary>
    private const int MaxQuoteParagraphs = 12;

    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<Row>(rows.Count);
        int? strategy = null;
        var labelledHeading = false;
        var remarks = false;
        var read = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!IsProse(row))
            {
                if (row.Table is not null)
                {
                    strategy = null;
                }
                else if (row.IsSingle && StrategySegmenter.Start(row) is { } labelled)
                {
                    // "3.1 Estrategia 151. Capacitar…" over paragraphs that tell each goal's report in a sentence.
                    strategy = labelled.Number;
                    labelledHeading = true;
                    remarks = false;
                }
                else if (row.IsSingle && StrategyLabels.Read(row.Text) is { Field: StrategyField.Feedback or StrategyField.Observation, Rest.Length: 0 })
                {
                    // "Retroalimentación de la Secretaría Ejecutiva:" — the paragraphs under it that name a goal are remarks on it.
                    remarks = true;
                }

                result.Add(row);
                continue;
            }

            if (StrategyOpening(row.Text) is { } both && GoalAfterTitle(row.Text) is { } own && own.Strategy == both.Number)
            {
                // "1. Por lo que hace a la estrategia 633, «Title», meta 633.1, «Text», cuyo indicador es «…» y cuya instancia
                // responsable es …, se informó lo siguiente: …" (blind batch U, U4): one numbered paragraph per goal names its
                // strategy and the goal together.
                strategy = both.Number;
                labelledHeading = false;
                remarks = false;
                var (text, consumed) = WithRunOnQuote(rows, i);
                result.Add(Single(row, $"Estrategia {both.Number.ToString(CultureInfo.InvariantCulture)}.{(both.Title is null ? "" : " " + both.Title)}"));
                result.AddRange(GoalRows(row, text, own));
                read.Add(own.Id);
                i += consumed;
                continue;
            }

            if (StrategyOpening(row.Text) is { } opening && NextProse(rows, i) is { } next &&
                GoalNamed(next.Text) is { } goal && goal.Strategy == opening.Number)
            {
                strategy = opening.Number;
                labelledHeading = false;
                remarks = false;
                var title = opening.Title is null ? "" : " " + opening.Title;
                result.Add(Single(row, $"Estrategia {opening.Number.ToString(CultureInfo.InvariantCulture)}.{title}"));
                continue;
            }

            if (strategy is { } current && !remarks && GoalNamed(row.Text) is { } named && named.Strategy == current &&
                (!labelledHeading || TellsReport(row.Text)))
            {
                var (text, consumed) = WithRunOnQuote(rows, i);
                var goalRows = GoalRows(row, text, named).ToList();
                if (goalRows.Count == 1 && SpeakerTag.PersonSpeaker(row.Text) is not null && read.Contains(named.Id))
                {
                    // "EL C. FERNANDO QUIÑONES DÁVILA.- El registro de la meta 318.2 podría enmarcarse…" (blind batch P, P1): a turn that
                    // names a goal already read and tells none of its fields is a remark on it, not the goal again.
                    result.Add(row);
                    continue;
                }

                read.Add(named.Id);
                result.AddRange(goalRows);
                i += consumed;
                continue;
            }

            if (SectionDetector.Classify(row) is not null)
            {
                strategy = null;
                remarks = false;
            }

            result.Add(row);
        }

        return result;
    }

    /// <summary>A paragraph that is prose: not a table row, not already opened by a label ("Meta 452.1", "Estrategia 452").</summary>
    private static bool IsProse(Row row) =>
        row.Table is null && row.IsSingle && StrategySegmenter.Start(row) is null && StrategyLabels.Read(row.Text) is null;

    private static Row? NextProse(IReadOnlyList<Row> rows, int from)
    {
        var next = rows.Skip(from + 1).FirstOrDefault(r => !r.IsEmpty);
        return next is not null && IsProse(next) ? next : null;
    }

    /// <summary>"… la retroalimentación de la estrategia 452, «Title»." → (452, "Title"); null when the paragraph names none or several.</summary>
    internal static (int Number, string? Title)? StrategyOpening(string text)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            return null;
        }

        var all = StrategyMention().Matches(folded);
        if (all.Count != 1 || all[0].Index > NamedWithin || all[0].Groups["plural"].Success)
        {
            return null;
        }

        var m = all[0];
        var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var after = text[(m.Index + m.Length)..];
        var lead = LeadingPunctuation().Match(after);
        after = after[lead.Length..];
        string? title;
        if (Quotes(after).FirstOrDefault() is { Start: 0 } quote)
        {
            title = quote.Text;
        }
        else
        {
            var end = after.IndexOf(". ", StringComparison.Ordinal);
            title = (end >= 0 ? after[..end] : after).Trim().TrimEnd('.', ':', ';').Trim();
        }

        return (number, string.IsNullOrWhiteSpace(title) ? null : title);
    }

    /// <summary>The goal a paragraph is about when it names "meta 452.1" near its start.</summary>
    internal static (int Strategy, string Id, int End)? GoalNamed(string text)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            return null;
        }

        var m = GoalMention().Match(folded);
        if (!m.Success || m.Index > NamedWithin)
        {
            return null;
        }

        var id = m.Groups["id"].Value;
        return (int.Parse(id[..3], CultureInfo.InvariantCulture), id, m.Index + m.Length);
    }

    /// <summary>
    /// The goal named right after the strategy's quoted title ("estrategia 633, «Title», meta 633.1"): only punctuation or
    /// "y" between the closing quote and "meta". Null when the strategy's title is not quoted or no goal follows it.
    /// </summary>
    internal static (int Strategy, string Id, int End)? GoalAfterTitle(string text)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length || StrategyMention().Match(folded) is not { Success: true } mention)
        {
            return null;
        }

        var open = mention.Index + mention.Length;
        open += LeadingPunctuation().Match(folded[open..]).Length;
        if (Quotes(text[open..]).FirstOrDefault() is not { Start: 0 } title)
        {
            return null;
        }

        var goal = GoalMention().Match(folded, open + title.End);
        if (!goal.Success || !TitleToGoal().IsMatch(folded[(open + title.End)..goal.Index]))
        {
            return null;
        }

        var id = goal.Groups["id"].Value;
        return (int.Parse(id[..3], CultureInfo.InvariantCulture), id, goal.Index + goal.Length);
    }

    /// <summary>The paragraph's text, with the following paragraphs a quote opened in it runs on into (and how many those are).</summary>
    private static (string Text, int Consumed) WithRunOnQuote(IReadOnlyList<Row> rows, int index)
    {
        var text = rows[index].Text;
        var consumed = 0;
        while (OpenQuote(text) && consumed < MaxQuoteParagraphs && index + consumed + 1 < rows.Count &&
               rows[index + consumed + 1] is { Table: null, IsSingle: true } next)
        {
            text += " " + next.Text;
            consumed++;
        }

        return OpenQuote(text) ? (rows[index].Text, 0) : (text, consumed);
    }

    private static bool OpenQuote(string text) => text.Count(c => c == '«') > text.Count(c => c == '»') || text.Count(c => c == '“') > text.Count(c => c == '”');

    /// <summary>The labelled rows a goal sentence stands for.</summary>
    private static IEnumerable<Row> GoalRows(Row row, string text, (int Strategy, string Id, int End) goal)
    {
        var quotes = Quotes(text).ToList();
        var folded = TextFold.Fold(text);
        var masked = Masked(folded, quotes);

        // "meta 151.1 («Impartir…»)": the goal's words may stand in parentheses after its number.
        // "La meta 312.1 dice: «Planear…»" (blind batch P, P1): or after a verb that reads them out.
        var goalQuote = quotes.FirstOrDefault(q => q.Start >= goal.End && LeadingPunctuation().Replace(folded[goal.End..q.Start], "").TrimStart('(') is var between &&
            (string.IsNullOrWhiteSpace(between) || GoalQuoteVerb().IsMatch(between)));
        var indicator = quotes.FirstOrDefault(q => q != goalQuote && Before(masked, q.Start, 40).Contains("indicador", StringComparison.Ordinal));
        var report = quotes.FirstOrDefault(q => q != goalQuote && q != indicator && ReportCue().IsMatch(Before(masked, q.Start, 120)));

        yield return Single(row, $"Meta {goal.Id} {goalQuote?.Text}".TrimEnd());
        if (indicator is not null)
        {
            yield return Single(row, "Indicador: " + indicator.Text);
        }

        if (Executor().Match(masked) is { Success: true } executor)
        {
            var start = executor.Index + executor.Length;
            var end = masked.IndexOfAny([',', ';'], start);
            // "… es la Secretaría de Movilidad. Tiene la palabra el licenciado…" (blind batch P, P1): the name ends with its sentence.
            if (SentenceEnd().Match(text, start) is { Success: true } stop && (end < 0 || stop.Index < end))
            {
                end = stop.Index;
            }

            var name = text[start..(end < 0 ? text.Length : end)].Trim().TrimEnd('.');
            if (name.Length > 1 && name.Length <= 150)
            {
                yield return Single(row, "Instancia ejecutora: " + name);
            }
        }
        else if (Subject().Match(text) is { Success: true } subject && new Institutions.InstitutionName(subject.Groups["body"].Value).LooksPublic)
        {
            // "La Secretaría de Seguridad Ciudadana, en relación con la meta 151.1 …, informó que …": the body telling its report.
            yield return Single(row, "Instancia ejecutora: " + subject.Groups["body"].Value.Trim());
        }

        if (report is not null)
        {
            yield return Single(row, "Informe: " + report.Text);
        }
        else if (ActaVocabulary.NotReported.Find(masked) is { Success: true, Length: >= 8 } none)
        {
            yield return Single(row, "Informe: " + text.Substring(none.Index, none.Length));
        }
        else if (UnquotedReport().Match(masked) is { Success: true } said)
        {
            yield return Single(row, "Informe: " + text[(said.Index + said.Length)..].Trim());
        }
    }

    /// <summary>
    /// Under a labelled strategy heading, a sentence is a goal's report only when a body tells it ("informó que…", "no
    /// remitió información…") before anyone asks or remarks ("pidió que…", "indicó que…"): discussion naming a goal stays discussion.
    /// </summary>
    private static bool TellsReport(string text)
    {
        var masked = Masked(TextFold.Fold(text), [.. Quotes(text)]);
        var told = ReportVerb().Match(masked);
        // Only a clause ("no se contó…"), not a bare "sin informe" aside ("Sobre la meta 207.2, sin informe, la SE exhortó…", blind batch D).
        if (!told.Success && ActaVocabulary.NotReported.Find(masked) is { Success: true, Length: >= 8 } none && none.Value.StartsWith("no ", StringComparison.Ordinal))
        {
            // "Respecto de la meta 321.2, «…», a cargo del Sistema…, no se contó con informe." (blind batch S, S1): a sentence
            // that tells the report is missing tells the goal's report all the same.
            told = none;
        }

        var remark = RemarkVerb().Match(masked);
        return told.Success && (!remark.Success || remark.Index > told.Index);
    }

    private static string Before(string masked, int index, int width) => masked[Math.Max(0, index - width)..index];

    /// <summary>The folded text with every quoted span blanked, so words inside a quote are not read as the sentence's.</summary>
    private static string Masked(string folded, IReadOnlyList<Quote> quotes)
    {
        var chars = folded.ToCharArray();
        foreach (var q in quotes)
        {
            for (var k = q.Start; k < q.End; k++)
            {
                chars[k] = '·';
            }
        }

        return new string(chars);
    }

    private sealed record Quote(int Start, int End, string Text);

    /// <summary>Quoted spans in order: «…», “…” or "…" (inner quotes of another kind stay inside).</summary>
    private static IEnumerable<Quote> Quotes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] switch { '«' => '»', '“' => '”', '"' => '"', _ => '\0' };
            if (close == '\0')
            {
                continue;
            }

            var end = text.IndexOf(close, i + 1);
            if (end < 0)
            {
                yield break;
            }

            var inner = text[(i + 1)..end].Trim();
            if (inner.Length > 0)
            {
                yield return new Quote(i, end + 1, inner);
            }

            i = end;
        }
    }

    private static Row Single(Row row, string text) => row with { Cells = [new RowCell(0, 1, [text])], Role = Layout.ParagraphRole.Body };

    /// <summary>"estrategia 452" (not "452.1"), "estrategias 452 y 455" marked plural.</summary>
    [GeneratedRegex(@"(?<![\p{L}])estrategia(?<plural>s)?\s+(?:n(?:o|um(?:ero)?)\.?\s*)?(?<n>\d{3})(?![\d.]\d)")]
    private static partial Regex StrategyMention();

    [GeneratedRegex(@"(?<![\p{L}])meta\s+(?:n(?:o|um(?:ero)?)\.?\s*)?(?<id>\d{3}\.\d{1,2})(?!\d)")]
    private static partial Regex GoalMention();

    [GeneratedRegex(@"^[\s,.:;–—\-]*")]
    private static partial Regex LeadingPunctuation();

    /// <summary>What may stand between a strategy's quoted title and its goal: punctuation, "y", "en su".</summary>
    [GeneratedRegex(@"^[\s,;:–—\-]*(?:(?:y|en\s+su|en\s+la)\s+)?$")]
    private static partial Regex TitleToGoal();

    /// <summary>A verb that reads the goal out before its quote: "dice:", "establece:", "señala que" (folded).</summary>
    [GeneratedRegex(@"^(?:dice|reza|establece|senala|indica|plantea|es)(?:\s+(?:lo\s+siguiente|que))?\s*:?\s*$")]
    private static partial Regex GoalQuoteVerb();

    /// <summary>A period that ends a sentence before a capital, not an initial's ("Gustavo A. Madero").</summary>
    [GeneratedRegex(@"(?<!(?:^|\s)\p{Lu})\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    /// <summary>Words after which a quote is the report: "dio lectura al informe remitido: «…»", "reportó: «…»".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:inform\w*|report\w*|lectura|avance\w*|expuso|señal\w*|senal\w*|indic[oó]|mencion\w*|comunic\w*|precis\w*)(?![\p{L}])")]
    private static partial Regex ReportCue();

    /// <summary>Who carries the goal: "cuya instancia ejecutora es la Secretaría…", "a cargo del DIF-CDMX", "responsable: …".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:instancia\s+ejecutora|dependencia\s+responsable|instancia\s+responsable|responsable)\s+(?:es|era|fue)\s+(?:(?:la|el|las|los)\s+)?|a\s+cargo\s+(?:del\s+|de\s+(?:(?:la|el|las|los)\s+)?))")]
    private static partial Regex Executor();

    /// <summary>The body a goal sentence opens with, up to its comma or verb: "La Secretaría de Salud, en relación con la meta…", "El INJUVE no remitió…".</summary>
    [GeneratedRegex(@"^(?:(?:La|El|Las|Los)\s+)?(?<body>[\p{Lu}][^,;:«“""]{2,120}?)(?:,|\s+(?:no\s+)?(?:inform[oó]|report[oó]|remiti[oó]|present[oó]|envi[oó]|entreg[oó])\b)")]
    private static partial Regex Subject();

    [GeneratedRegex(@"(?<![\p{L}])(?:no\s+)?(?:informo|reporto|remitio|presento|envio|entrego|dio\s+cuenta)(?![\p{L}])")]
    private static partial Regex ReportVerb();

    [GeneratedRegex(@"(?<![\p{L}])(?:pidio|solicito|senalo|indico|propuso|expreso|cuestiono|comento|observo|recomendo|sugirio|pregunto|manifesto)(?![\p{L}])")]
    private static partial Regex RemarkVerb();

    /// <summary>A report told without quotes: "… la instancia informó que realizó 12 talleres";
    /// "… se informó lo siguiente: Se realizaron 138 visitas…" (blind batch U, U4): or after "lo siguiente:".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:inform[oó]|report[oó]|señal[oó]|senalo|indic[oó]|precis[oó])\s+(?:que\s+|lo\s+siguiente\s*:\s*)")]
    private static partial Regex UnquotedReport();
}
