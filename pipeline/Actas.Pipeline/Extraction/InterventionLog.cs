using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The session kept as a log of interventions, one table row per turn: "Hora | Participante | Intervención" (blind batch Z,
/// Z1: "10:10 | Laura Peñaloza (Secretaría de Cultura) | Informa sobre la meta 318.1: Durante 2016 ingresaron…"), or
/// "Participante | Intervención" without the clock. The clock and who spoke are no content: each turn is rewritten as the
/// paragraphs it says, and a turn's lead naming a goal becomes the label the strategy reader knows:
/// <list type="bullet">
/// <item>"Presenta la Estrategia 318: title" → "Estrategia 318: title" (a verb of presenting before the strategy);</item>
/// <item>"Informa sobre la meta 318.1: …" (a verb of reporting) → "Informe 318.1: …";</item>
/// <item>"Observación sobre la meta 318.1: …" (a remark's label) → that label on that goal;</item>
/// <item>"Sobre la meta 318.2: No se presentó informe…" → the goal's report when it says there is none; otherwise, and after
/// any other verb ("Comenta sobre la meta …:"), a remark: the secretariat's is feedback, anybody else's an observation;</item>
/// <item>"Se toman los siguientes acuerdos:" ¶ "1. …" (a turn announcing agreements) → an "Acuerdos" heading over them.</item>
/// </list>
/// A table is a log when a header row names a speaker column and an utterance column (<see cref="ActaVocabulary.LogSpeakerColumn"/>,
/// <see cref="ActaVocabulary.LogUtteranceColumn"/>), after an optional clock column, and nothing else.
/// </summary>
public static partial class InterventionLog
{
    /// <summary>How far into a turn the goal its lead names may stand ("Informa sobre la meta 318.1:").</summary>
    private const int LeadWithin = 80;

    public static IReadOnlyList<Row> Rewrite(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var logs = new Dictionary<int, (int Speaker, int Utterance)>();
        foreach (var row in rows)
        {
            if (row.Table is { } table && !logs.ContainsKey(table) && Header(row) is { } columns)
            {
                logs[table] = columns;
            }
        }

        if (logs.Count == 0)
        {
            return rows;
        }

        var output = new List<Row>(rows.Count);
        Row? open = null; // the last turn's first rewritten row, for a turn a page break cut
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Table is not { } table || !logs.TryGetValue(table, out var columns))
            {
                if (row.Table is null && open is not null && SectionDetector.Classify(row) is null && NextTable(rows, i) is { } next && logs.ContainsKey(next))
                {
                    continue; // a running header or footer between two pages of the log: every moment of the session is a row
                }

                open = null;
                output.Add(row);
                continue;
            }

            if (Header(row) is not null)
            {
                continue; // the header row, repeated on every page
            }

            var speaker = row.NonEmpty.Where(c => c.Column == columns.Speaker).Select(c => c.Text.Trim()).FirstOrDefault();
            var said = row.NonEmpty.Where(c => c.Column >= columns.Utterance).SelectMany(c => c.Paragraphs)
                .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
            if (said.Count == 0)
            {
                continue;
            }

            open = speaker is null && open is not null ? open : row;
            var bySecretariat = speaker is not null && BySecretariat(speaker);
            var agreements = false;
            foreach (var paragraph in said)
            {
                if (!agreements && AnnouncesAgreements(paragraph))
                {
                    agreements = true;
                    output.Add(Paragraph(row, "Acuerdos", Layout.ParagraphRole.Heading));
                    continue;
                }

                output.Add(Paragraph(row, agreements ? paragraph : Turn(paragraph, bySecretariat)));
            }
        }

        return output;
    }

    /// <summary>The speaker and utterance columns a header row names ("Hora | Participante | Intervención"), or null.</summary>
    private static (int Speaker, int Utterance)? Header(Row row)
    {
        if (!Headerlike(row))
        {
            return null; // cheap: every row of every table passes here
        }

        var cells = row.NonEmpty.ToList();
        if (cells.Count is < 2 or > 3 || cells.Any(c => c.Text.Length > 40))
        {
            return null;
        }

        if (cells.Count == 3 && !ActaVocabulary.TimeLabel.IsWhole(cells[0].Text) && !ActaVocabulary.LogClockColumn.IsWhole(cells[0].Text))
        {
            return null;
        }

        return ActaVocabulary.LogSpeakerColumn.IsWhole(cells[^2].Text) && ActaVocabulary.LogUtteranceColumn.IsWhole(cells[^1].Text)
            ? (cells[^2].Column, cells[^1].Column)
            : null;
    }

    /// <summary>Two or three non-empty cells, none longer than a column's name: tested before any list or text is built.</summary>
    private static bool Headerlike(Row row)
    {
        var count = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.IsEmpty)
            {
                continue;
            }

            if (++count > 3 || Length(cell) > 40)
            {
                return false;
            }
        }

        return count >= 2;
    }

    /// <summary>The length of <see cref="RowCell.Text"/> without joining it.</summary>
    private static int Length(RowCell cell)
    {
        var length = Math.Max(0, cell.Paragraphs.Count - 1);
        foreach (var paragraph in cell.Paragraphs)
        {
            length += paragraph?.Length ?? 0;
        }

        return length;
    }

    private static int? NextTable(IReadOnlyList<Row> rows, int from) => rows.Skip(from + 1).FirstOrDefault(r => r.Table is not null)?.Table;

    /// <summary>"Héctor Manzanares (Secretaría Ejecutiva del Mecanismo…)", "SE", "Secretaría Ejecutiva": the secretariat speaks.</summary>
    private static bool BySecretariat(string speaker)
    {
        var open = speaker.IndexOf('(', StringComparison.Ordinal);
        var body = open >= 0 ? speaker[(open + 1)..].TrimEnd(')', ' ') : speaker;
        var folded = Article().Replace(TextFold.Fold(body.Trim()), "");
        return ActaVocabulary.SecretariatSector.IsWhole(body) || ActaVocabulary.SecretariatSector.PrefixLength(folded) > "se".Length;
    }

    /// <summary>A turn's paragraph as the row the readers below know (see the class summary).</summary>
    private static string Turn(string text, bool bySecretariat)
    {
        var strategy = PresentedStrategy().Match(text);
        if (strategy.Success)
        {
            return text[strategy.Groups["label"].Index..];
        }

        if (text.IndexOf(':', StringComparison.Ordinal) is < 0 or > LeadWithin + 20)
        {
            return text; // the cheap test first: a lead closes with a colon near the start
        }

        var m = GoalLead().Match(TextFold.Fold(text));
        if (!m.Success || m.Index > 0 || m.Length > LeadWithin + 20 || TextFold.Fold(text).Length != text.Length)
        {
            return text;
        }

        var id = m.Groups["id"].Value;
        var lead = m.Groups["lead"].Value.Trim();
        var rest = text[m.Length..].Trim();
        if (lead.Length > 0 && StrategyLabels.Read(lead) is { Rest.Length: 0, Field: StrategyField.Report or StrategyField.Feedback or StrategyField.Observation } label)
        {
            return (label.Field switch { StrategyField.Report => "Informe", StrategyField.Feedback => "Retroalimentación", _ => "Observaciones" }) + $" {id}: {rest}";
        }

        if (lead.Length > 0 && ActaVocabulary.ReportingVerb.PrefixLength(lead) > 0 ||
            lead.Length == 0 && ActaVocabulary.NotReported.Find(TextFold.Fold(rest)).Success)
        {
            return $"Informe {id}: {rest}";
        }

        return (bySecretariat ? "Retroalimentación" : "Observaciones") + $" {id}: {rest}";
    }

    /// <summary>"Se toman los siguientes acuerdos:", "Acuerdos:": a paragraph that ends in a colon after the word for agreements.</summary>
    private static bool AnnouncesAgreements(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith(':') && t.Length <= 80 && AgreementsWord().IsMatch(TextFold.Fold(t));
    }

    private static Row Paragraph(Row row, string text, Layout.ParagraphRole role = Layout.ParagraphRole.Body) =>
        row with { Cells = [new RowCell(0, 1, [text])], Table = null, Role = role, SoftLines = null };

    /// <summary>"Presenta la Estrategia 318: …", "Expone la estrategia 321. …": one or two words, then the strategy's label.</summary>
    [GeneratedRegex(@"^(?:[Ss]e\s+)?\p{L}+\s+(?:(?:la|el|su)\s+)?(?<label>[Ee](?:strategia|STRATEGIA)\s+\d{3}\s*[.:\-–—])")]
    private static partial Regex PresentedStrategy();

    /// <summary>
    /// A lead naming a goal, folded: "informa sobre la meta 318.1:", "observacion sobre la meta 318.1:", "sobre la meta 318.2:",
    /// "respecto de la meta 318.2:" — up to three words, a preposition, the goal, a colon.
    /// </summary>
    [GeneratedRegex(@"^(?<lead>(?:\p{L}+\s+){0,3}?)(?:sobre|acerca\s+de|respecto\s+(?:a|de)|en\s+relacion\s+(?:a|con)|de|a|para)\s+(?:la\s+)?meta\s+(?<id>\d{3}\.\d{1,2})\s*:\s*(?=\S)")]
    private static partial Regex GoalLead();

    [GeneratedRegex(@"(?<![\p{L}])(?:acuerdos|compromisos)(?![\p{L}])")]
    private static partial Regex AgreementsWord();

    [GeneratedRegex(@"^(?:la|el|los|las)\s+")]
    private static partial Regex Article();
}
