using System.Globalization;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// Minutes kept as one table with a row per agenda item (No. | Tema | Desarrollo | Acuerdos) give a strategy a row of
/// its own: the topic cell names it ("Seguimiento a la estrategia 652: Mejorar…") and a later cell holds its goals as
/// labelled paragraphs ("Meta 652.1. …" ¶ "Indicador: …" ¶ "Informe: …" ¶ "Comentario de la SE: …"). Such a row is
/// rewritten as the paragraphs the strategy reader knows: "Estrategia 652. Mejorar…", then the goal cell's paragraphs.
/// A row opens a strategy only when its topic names exactly one strategy near its start and the next cell opens with a
/// goal of that strategy; the cells after the goals (the item's
/// agreements) are left to the agreements. A later item whose topic is a section heading ("Asuntos generales") ends the
/// strategy before it.
/// </summary>
public static partial class AgendaItemStrategies
{
    /// <summary>How far into the topic cell the strategy may be named.</summary>
    private const int NamedWithin = 60;

    public static IReadOnlyList<Row> Rewrite(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? output = null;
        int? agenda = null;
        AgendaAgreements? agreements = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var rewritten = Strategy(rows[i]);
            if (rewritten is not null && UnderGoalGridHeader(rows, i))
            {
                // "Estrategia | Meta | Retroalimentación y observaciones" over the row (blind batch AA, AA5): a goal grid whose
                // strategy column is merged down its goals, not an agenda item; every column is the grid's, the last one its remarks.
                rewritten = null;
            }

            if (rewritten is not null)
            {
                output ??= [.. rows.Take(i)];
                output.AddRange(rewritten);
                agenda = rows[i].Table;
                agreements ??= AgendaAgreements.Of(rows, rows[i].Table!.Value);
                agreements?.Read(rows[i], output.Count);
                continue;
            }

            if (output is null)
            {
                continue;
            }

            if (rows[i].Table is not null && agenda is not null && TopicHeading(rows[i]) is { } heading)
            {
                output.Add(heading); // "5 | Asuntos generales | …" after the strategies: the strategy before it ends here
            }

            output.Add(rows[i]);
            agreements?.Read(rows[i], output.Count);
        }

        agreements?.InsertInto(output!);
        return output ?? rows;
    }

    private static List<Row>? Strategy(Row row)
    {
        if (row.Table is null)
        {
            return null;
        }

        var cells = row.NonEmpty.ToList();
        for (var t = 0; t + 1 < cells.Count; t++)
        {
            var topic = cells[t].Text.Trim();
            var folded = TextFold.Fold(topic);
            if (folded.Length != topic.Length)
            {
                continue;
            }

            var mentions = Mention().Matches(folded);
            if (mentions.Count != 1 || mentions[0].Index > NamedWithin)
            {
                continue;
            }

            var number = mentions[0].Groups["n"].Value;
            var goals = cells[t + 1];
            var first = TextFold.Fold(goals.Paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p))?.Trim() ?? "");
            if (GoalOpening().Match(first) is not { Success: true } goal || !goal.Groups["id"].Value.StartsWith(number + ".", StringComparison.Ordinal))
            {
                continue;
            }

            // The goals as labelled paragraphs ("Meta 652.1. …" ¶ "Indicador: …"), not a grid's bare "Meta 652.1" cell.
            if (!goals.Paragraphs.Skip(1).Any(p => StrategyLabels.Read(p) is not null))
            {
                continue;
            }

            var title = TitleTrim().Replace(topic[(mentions[0].Index + mentions[0].Length)..], "").Trim();
            var heading = "Estrategia " + int.Parse(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "." + (title.Length > 0 ? " " + title : "");
            var result = new List<Row> { Paragraph(row, cells[t], heading) };
            result.AddRange(goals.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Paragraph(row, goals, p.Trim())));
            return result;
        }

        return null;
    }

    /// <summary>Whether the first row of the row's table names a goal grid's columns (<see cref="StrategyGridNormalizer.IsHeader"/>).</summary>
    private static bool UnderGoalGridHeader(IReadOnlyList<Row> rows, int i)
    {
        var first = i;
        while (first > 0 && rows[first - 1].Table == rows[i].Table)
        {
            first--;
        }

        return first < i && StrategyGridNormalizer.IsHeader(rows[first].NonEmpty.ToList());
    }

    /// <summary>A later item's topic cell that is a section heading of its own ("Asuntos generales"), as a heading row.</summary>
    private static Row? TopicHeading(Row row)
    {
        foreach (var cell in row.NonEmpty.Take(2))
        {
            var heading = row with { Cells = [cell], Table = null, Role = Layout.ParagraphRole.Heading };
            if (SectionDetector.Classify(heading) is not null)
            {
                return heading;
            }
        }

        return null;
    }

    private static Row Paragraph(Row row, RowCell cell, string text) =>
        row with { Cells = [new RowCell(cell.Column, 1, [text])], Table = null, Role = Layout.ParagraphRole.Body };

    /// <summary>"estrategia 652" (not "estrategias 652 y 655", not a goal "652.1").</summary>
    [GeneratedRegex(@"(?<![\p{L}])estrategia\s+(?:n(?:o|um(?:ero)?)\.?\s*)?(?<n>\d{3})(?![\d.]\d)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^meta\s+(?<id>\d{3}\.\d{1,2})(?!\d)")]
    private static partial Regex GoalOpening();

    [GeneratedRegex(@"^\s*[.:\-–—·•|]+\s*")]
    private static partial Regex TitleTrim();
}
