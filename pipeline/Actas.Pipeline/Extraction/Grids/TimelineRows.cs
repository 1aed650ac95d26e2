using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A session kept as a timeline, one table row per moment (Hora | Punto | Interviene | Desarrollo), each row opening with
/// the clock time (blind batch N, N4: "10:24 | Meta 248.1 | SEDEMA | Meta: Ampliar… ¶ Indicador: … ¶ Informe: …").
/// The time and the speaker are not content; the point names what the row is, and the row is rewritten as the paragraphs
/// the strategy and agreement readers know:
/// <list type="bullet">
/// <item>"Estrategia 248" | "Se presenta la estrategia: Reducir…" → "Estrategia 248. Reducir…";</item>
/// <item>"Meta 248.1" | "Meta: Ampliar…" ¶ "Indicador: …" → "Meta 248.1: Ampliar…" ¶ "Indicador: …";</item>
/// <item>"Retroalimentación · 248.1" | remark → "Retroalimentación 248.1: remark" (the speaker only in Interviene);</item>
/// <item>"Acuerdo 1" | text → the text under an "Acuerdos" heading (one for the run of agreement rows);</item>
/// <item>a point that is a section heading ("Próxima sesión", "Cierre") → that heading, then its text.</item>
/// </list>
/// A table is a timeline when at least two of its rows open with a bare clock time before two or more other cells.
/// Other rows of such a table (Apertura, Orden del día) are left as they are.
/// </summary>
public static partial class TimelineRows
{
    /// <summary>How far into a strategy row's text the colon that introduces its title may stand.</summary>
    private const int TitleLeadIn = 60;

    public static IReadOnlyList<Row> Rewrite(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var timelines = rows.Where(r => r.Table is not null && Moment(r) is not null).GroupBy(r => r.Table).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        if (timelines.Count == 0)
        {
            return rows;
        }

        var output = new List<Row>(rows.Count);
        var inAgreements = false;
        foreach (var row in Joined(rows, timelines))
        {
            if (!timelines.Contains(row.Table) || Moment(row) is not var (point, development))
            {
                output.Add(row);
                continue;
            }

            var rewritten = Rewrite(row, point, development, ref inAgreements, output);
            if (rewritten is null)
            {
                inAgreements = false;
                output.Add(row);
            }
            else
            {
                output.AddRange(rewritten);
            }
        }

        return output;
    }

    /// <summary>
    /// The timeline as one table again, for a PDF that breaks it over pages: the header row repeated on a new page is
    /// dropped, and so are the paragraphs between two parts of the timeline (a footnote, a footer, the next page's running
    /// header: every moment of the session is a row); a row that only carries the development cell continues the moment
    /// above, its first paragraph the end of that moment's last one (a row broken inside its Desarrollo cell).
    /// </summary>
    private static List<Row> Joined(IReadOnlyList<Row> rows, HashSet<int?> timelines)
    {
        var output = new List<Row>(rows.Count);
        var previousTable = (int?)null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Table is null)
            {
                var next = rows.Skip(i + 1).FirstOrDefault(r => r.Table is not null);
                if (timelines.Contains(previousTable) && next is not null && timelines.Contains(next.Table) && SectionDetector.Classify(row) is null)
                {
                    continue; // page furniture between two parts of a timeline
                }

                output.Add(row);
                continue;
            }

            previousTable = row.Table;
            if (!timelines.Contains(row.Table) || Moment(row) is not null)
            {
                output.Add(row);
                continue;
            }

            var cells = row.NonEmpty.ToList();
            if (cells.Count >= 3 && ActaVocabulary.TimeLabel.IsWhole(TextFold.Key(cells[0].Text)))
            {
                continue; // "Hora | Punto | Interviene | Desarrollo", on every page
            }

            var last = output.FindLastIndex(r => r.Table is not null);
            if (cells is [var tail] && last >= 0 && timelines.Contains(output[last].Table) && Moment(output[last]) is { } above &&
                tail.Column == above.Development.Column)
            {
                var paragraphs = above.Development.Paragraphs.ToList();
                var continued = tail.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                paragraphs[^1] = paragraphs[^1].TrimEnd() + " " + continued[0].Trim();
                paragraphs.AddRange(continued.Skip(1));
                var development = above.Development with { Paragraphs = paragraphs };
                output[last] = output[last] with { Cells = output[last].Cells.Select(c => ReferenceEquals(c, above.Development) ? development : c).ToList() };
                continue;
            }

            output.Add(row);
        }

        return output;
    }

    private static List<Row>? Rewrite(Row row, string point, RowCell development, ref bool inAgreements, List<Row> output)
    {
        var paragraphs = development.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (AgreementPoint().Match(TextFold.Key(point)) is { Success: true } agreement && ActaVocabulary.AgreementKind.IsWhole(agreement.Groups["kind"].Value))
        {
            if (!inAgreements)
            {
                output.Add(Paragraph(row, development, "Acuerdos", Layout.ParagraphRole.Heading));
                inAgreements = true;
            }

            return [Paragraph(row, development, string.Join(' ', paragraphs))];
        }

        inAgreements = false;
        if (StrategySegmenter.Start(Paragraph(row, development, point)) is { } strategy)
        {
            var heading = strategy.Title is null && Title(string.Join(' ', paragraphs)) is { } title ? point.TrimEnd('.', ':', ' ') + ". " + title : point;
            return [Paragraph(row, development, heading)];
        }

        var label = StrategyLabels.Read(Separator().Replace(point, " "));
        if (label is { Field: StrategyField.Goal, GoalId: { } id, Rest.Length: 0 })
        {
            var lines = paragraphs.SelectMany(RowStream.SplitOnAllLabels).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            var result = new List<Row>();
            if (lines.Count > 0 && StrategyLabels.Read(lines[0]) is { Field: StrategyField.Goal, GoalId: null } own)
            {
                // "Meta 248.1" | "Meta: Ampliar la red…": the point gives the id, the cell the text.
                lines[0] = "Meta " + id + (own.Rest.Length > 0 ? ": " + own.Rest : "");
            }
            else
            {
                result.Add(Paragraph(row, development, "Meta " + id));
            }

            result.AddRange(lines.Select(p => Paragraph(row, development, p)));
            return result;
        }

        if (label is { Field: StrategyField.Feedback or StrategyField.Observation, Rest.Length: 0 } && paragraphs.Count > 0)
        {
            var named = Separator().Replace(point, " ").Trim().TrimEnd(':', '.');
            return [Paragraph(row, development, named + ": " + paragraphs[0]), .. paragraphs.Skip(1).Select(p => Paragraph(row, development, p))];
        }

        var headingRow = Paragraph(row, development, point, Layout.ParagraphRole.Heading);
        if (SectionDetector.Classify(headingRow) is SectionKind.Discussion)
        {
            // "Próxima sesión" | "Se fija la 7ª Sesión Ordinaria para el jueves 17 de mayo…": a section of its own.
            return [headingRow, .. paragraphs.Select(p => Paragraph(row, development, p))];
        }

        return null;
    }

    /// <summary>The point and the development cell of a row that opens with a bare clock time, or null.</summary>
    private static (string Point, RowCell Development)? Moment(Row row)
    {
        var cells = row.NonEmpty.ToList();
        if (cells.Count < 3 || !BareTime().IsMatch(cells[0].Text.Trim()))
        {
            return null;
        }

        return (string.Join(' ', cells[1].Paragraphs.Select(p => p.Trim())).Trim(), cells[^1]);
    }

    /// <summary>The title after a lead-in that names the strategy: "Se presenta la estrategia: Reducir la exposición…".</summary>
    private static string? Title(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon > TitleLeadIn || !TextFold.Key(text[..colon]).Split(' ').Contains("estrategia"))
        {
            return null;
        }

        var title = text[(colon + 1)..].Trim().TrimEnd('.');
        return title.Length == 0 ? null : title;
    }

    private static Row Paragraph(Row row, RowCell cell, string text, Layout.ParagraphRole role = Layout.ParagraphRole.Body) =>
        row with { Cells = [new RowCell(cell.Column, 1, [text])], Table = null, Role = role };

    /// <summary>"10:24", "10.24", "10:24 h", "10:24 hrs.": a clock time and nothing else.</summary>
    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:h|hrs?|horas)\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareTime();

    /// <summary>"acuerdo 1", "acuerdo no 2", "compromiso 3": an agreement's kind and its number.</summary>
    [GeneratedRegex(@"^(?<kind>\p{L}+(?: \p{L}+){0,2}?) (?:no |num |numero )?\d{1,2}$")]
    private static partial Regex AgreementPoint();

    /// <summary>The mark between a label and the goal it names: "Retroalimentación · 248.1", "Observación – 251.2".</summary>
    [GeneratedRegex(@"\s*[·•|–—]\s*(?=\d{3}\.\d)")]
    private static partial Regex Separator();
}
