using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Cuts the rows into strategy blocks. A block starts at a row whose first cell begins
/// "Estrategia NNN" and ends at the next such row, at a section heading, or — for a block
/// laid out as a table — where the table ends and ordinary prose resumes (seed: the numbered
/// general points after the 520 table are not feedback on 520).
/// </summary>
public static partial class StrategySegmenter
{
    public static IReadOnlyList<StrategySegment> Split(IReadOnlyList<Row> rows, Func<int, bool> excluded)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(excluded);
        var segments = new List<StrategySegment>();
        var carried = StrategyField.None;
        (int Number, string? Title)? StartAt(int k) => Start(rows[k]) ?? NumberedHeading(rows, k);
        for (var i = 0; i < rows.Count; i++)
        {
            if (excluded(i) || StartAt(i) is not { } start)
            {
                continue;
            }

            var body = RowStream.SplitOnFieldLabels(rows[i]).ToList();
            var title = Start(body[0])?.Title ?? start.Title;
            var j = i + 1;
            // The card's labels may come first ("Estrategia 336" ¶ "Sin informe" ¶ "Meta 336.1" ¶ "Estrategia 336: Garantizar…").
            var labelled = CardTitleAfterLabels(rows, i, start.Number);
            if (labelled is not null)
            {
                j = labelled.Value + 1;
            }

            if ((labelled is { } t ? rows[t] : CardGoalTitle(rows, i, start.Number)) is { } cardTitle)
            {
                // A goal card ("Meta 336.1" over "Estrategia 336 · Sin informe" ¶ "Estrategia 336: Garantizar…" ¶ "Meta: Otorgar…"):
                // the card's headings are labels of one strategy, its title names the goal the card is about.
                for (; j < rows.Count && (rows[j].IsEmpty || !excluded(j) && Start(rows[j]) is { } again && again.Number == start.Number); j++)
                {
                    if (!rows[j].IsEmpty && Start(rows[j])?.Title is { } stacked && (title is null || ReportStatusReader.Read(title) is not null))
                    {
                        title = stacked;
                    }
                }

                body.AddRange(RowStream.SplitOnFieldLabels(cardTitle));
            }

            var afterLabel = false;
            for (; j < rows.Count; j++)
            {
                var row = rows[j];
                if (excluded(j) || StartAt(j) is not null || SectionDetector.Classify(row) is not null || IsCaptionOfNextBlock(rows, j) ||
                    SectionDetector.TakesUpAgendaPoint(row) || IsCardTitleOfNextBlock(rows, j))
                {
                    break;
                }

                if (StartsWithLabel(row) && row.Table is null)
                {
                    afterLabel = true; // "Comentarios del Espacio:" after the table: the paragraphs under it belong to the strategy
                }
                else if (row.Table is not null)
                {
                    afterLabel = false;
                }

                if (rows[i].Table is not null && row.Table is null && !afterLabel)
                {
                    // The strategy's table has ended; keep reading only if another table or a label follows,
                    // or the table goes on with its goals after a footnote at the page's foot ("1" ¶ "Cifra preliminar…").
                    var next = rows.Skip(j).FirstOrDefault(r => !r.IsEmpty);
                    if (next is null || next.Table is null)
                    {
                        if (ContinuesAfterInterruption(rows, j, excluded) is { } resume)
                        {
                            j = resume - 1;
                            continue;
                        }

                        break;
                    }

                    continue;
                }

                body.AddRange(RowStream.SplitOnFieldLabels(row));
            }

            var labels = body.Skip(1).Select(LabelOf).Where(f => f is not null).ToList();
            if (labels.Count > 0 || body.Count == 1)
            {
                carried = StrategyField.None;
            }

            segments.Add(new StrategySegment(start.Number, title, body, carried));

            // A block that ends on a label of its own ("Observaciones de sociedad civil…") hands that
            // label to the heading-only blocks that follow it.
            if (body.Count > 1 && body[^1].IsSingle && LabelOf(body[^1]) is { } trailing &&
                StrategyLabels.Read(body[^1].Text) is { Rest.Length: 0 })
            {
                carried = trailing;
            }
            i = j - 1;
        }

        return segments;
    }

    /// <summary>
    /// The index of the table row where a strategy's table resumes after at most three short lines of prose
    /// (a footnote or a caption at a page break), when that row opens a strategy field ("Meta | 363.2 …");
    /// null when prose really follows the table.
    /// </summary>
    private static int? ContinuesAfterInterruption(IReadOnlyList<Row> rows, int from, Func<int, bool> excluded)
    {
        const int MaxLines = 3;
        var lines = 0;
        for (var k = from; k < rows.Count; k++)
        {
            var row = rows[k];
            if (row.IsEmpty)
            {
                continue;
            }

            if (row.Table is not null)
            {
                // The table goes on with a label in its first rows; its first row may end the cell cut at the page break
                // ("| | Sociedad civil cuestiona…" ¶ "Meta 710.2 | Meta | Se abre…").
                var opening = rows.Skip(k).TakeWhile(r => r.Table == row.Table).Take(3).ToList();
                return opening.Any(StartsWithLabel) && !opening.Any(r => Start(r) is not null) ? k : null;
            }

            if (excluded(k) || ++lines > MaxLines || row.Role == Layout.ParagraphRole.Heading || Start(row) is not null ||
                StartsWithLabel(row) || SectionDetector.Classify(row) is not null || row.Text.Length > 300)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A short line without a final period right before a table that opens a strategy titles that
    /// block, not the one before it (minutes organised by institution:
    /// "Fiscalía General de Justicia (FGJCDMX)" over its goal table, after the observations on the previous institution's goal).
    /// </summary>
    private static bool IsCaptionOfNextBlock(IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        var text = row.Text.Trim();
        if (row.Table is not null || !row.IsSingle || text.Length > 120 || text.EndsWith('.') || text.EndsWith(':'))
        {
            return false;
        }

        var next = rows.Skip(index + 1).FirstOrDefault(r => !r.IsEmpty);
        return next is { Table: not null } && Start(next) is not null;
    }

    /// <summary>
    /// The row before a strategy heading (empty rows skipped) when it is only a goal id of that strategy ("Meta 336.1" over
    /// "Estrategia 336 · Sin informe"): a board's or a form's card titled by its goal, its strategy given inside; null otherwise.
    /// Taken even when the section before (a roll call) claims it: a goal id is nobody's name.
    /// </summary>
    private static Row? CardGoalTitle(IReadOnlyList<Row> rows, int heading, int number)
    {
        var k = heading - 1;
        while (k >= 0 && rows[k].IsEmpty)
        {
            k--;
        }

        return k >= 0 && BareGoalOf(rows[k]) is { } id && IsGoalOf(id, number)
            ? rows[k]
            : null;
    }

    /// <summary>
    /// The index of a goal card's title printed under the card's labels (the strategy heading, then only report-status chips such
    /// as "Sin informe" or "Informe recibido") and over the strategy's title heading; null otherwise.
    /// </summary>
    private static int? CardTitleAfterLabels(IReadOnlyList<Row> rows, int heading, int number)
    {
        var k = heading + 1;
        while (k < rows.Count && (rows[k].IsEmpty || rows[k].IsSingle && rows[k].Table is null && rows[k].Text.Length <= 40 &&
                                  ReportStatusReader.Read(rows[k].Text) is not null))
        {
            k++;
        }

        return k < rows.Count && IsCardTitleOfNextBlock(rows, k) && BareGoalOf(rows[k]) is { } id &&
               IsGoalOf(id, number)
            ? k
            : null;
    }

    /// <summary>Whether the row is a goal card's title that the next strategy heading's block takes (see <see cref="CardGoalTitle"/>).</summary>
    private static bool IsCardTitleOfNextBlock(IReadOnlyList<Row> rows, int index)
    {
        if (BareGoalOf(rows[index]) is not { } id)
        {
            return false;
        }

        var next = rows.Skip(index + 1).FirstOrDefault(r => !r.IsEmpty);
        return next is not null && Start(next) is { } start && IsGoalOf(id, start.Number);
    }

    /// <summary>Whether a goal id belongs to the strategy numbered <paramref name="number"/> ("336.1" to 336).</summary>
    private static bool IsGoalOf(string id, int number) =>
        id.StartsWith(number.ToString(CultureInfo.InvariantCulture) + ".", StringComparison.Ordinal);

    /// <summary>The goal id of a row that is only "Meta 336.1" (one cell, nothing after the id); null otherwise.</summary>
    private static string? BareGoalOf(Row row) =>
        row.IsSingle && StrategyLabels.Read(row.NonEmpty.First().Text) is { Field: StrategyField.Goal, GoalId: { } id, Rest.Length: 0 } ? id : null;

    /// <summary>The strategy number and title when the row starts a strategy block.</summary>
    public static (int Number, string? Title)? Start(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var first = row.NonEmpty.FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var text = first.Text.Trim();
        var m = Heading().Match(TextFold.Fold(text));
        if (!m.Success || TextFold.Fold(text).Length != text.Length)
        {
            return null;
        }

        var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var title = StrategyLabels.WithoutLeadingLabel(TitleTrim().Replace(text[m.Length..], "").Trim(), ActaVocabulary.StrategyTitleLabel);
        if (title.Length == 0 && row.NonEmpty.Skip(1).FirstOrDefault() is { } second && StrategyLabels.Read(second.Text) is null)
        {
            title = second.Text.Trim(); // row-labelled: "Estrategia 523" | "Coordinar…"
        }

        return (number, title.Length == 0 ? null : title);
    }

    /// <summary>
    /// A line that is only a strategy number and its title, without the word "Estrategia" ("215 – Fortalecer la defensoría
    /// pública", "301. Garantizar…"), starts a block when one of the next rows names a goal of that number ("Meta 215.1"):
    /// alone, a number at the start of a line is as likely a figure or a list item.
    /// </summary>
    public static (int Number, string? Title)? NumberedHeading(IReadOnlyList<Row> rows, int index)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var row = rows[index];
        if (row.Table is not null || !row.IsSingle)
        {
            return null;
        }

        var text = row.Text.Trim();
        var m = NumberedTitle().Match(text);
        if (!m.Success || text.Length > 250)
        {
            return null;
        }

        var goalPrefix = m.Groups["n"].Value + ".";
        var seen = 0;
        for (var k = index + 1; k < rows.Count && seen < 6; k++)
        {
            if (rows[k].IsEmpty)
            {
                continue;
            }

            seen++;
            if (Start(rows[k]) is not null || NumberedTitle().IsMatch(rows[k].Text.Trim()) && rows[k].IsSingle && rows[k].Table is null)
            {
                return null;
            }

            if (StrategyInterpreter.GoalMention().Matches(rows[k].Text).Any(g => g.Groups["id"].Value.StartsWith(goalPrefix, StringComparison.Ordinal)))
            {
                return (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["title"].Value.Trim());
            }
        }

        return null;
    }

    private static StrategyField? LabelOf(Row row) =>
        row.NonEmpty.FirstOrDefault() is { } c && StrategyLabels.Read(c.Text) is { } found ? found.Field : null;

    private static bool StartsWithLabel(Row row) =>
        row.NonEmpty.FirstOrDefault() is { } c && StrategyLabels.Read(c.Text) is not null;

    // The strategy noun as the vocabulary declares it ("Estrategia", the 2009 programme's "Línea de acción").
    // An outline number a PDF prints before the heading ("2.1 Estrategia 703 –", "2.1. Estrategia 371.", "2.2.Estrategia 373." run together; Word keeps it apart).
    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2}){0,2}(?:\.?\s+|\.))?" + ActaVocabulary.StrategyNoun + @"\s*(?:no\.?\s*|n[uú]m(?:ero)?\.?\s*)?[:#]?\s*(?<n>\d{3})(?!\.\d)\b")]
    private static partial Regex Heading();

    // "215 – Title", "215.- Title", "215. Title", "215: Title": a three-digit number not followed by a goal's ".k".
    [GeneratedRegex(@"^(?<n>\d{3})(?:\s*(?:\.-|[.:\-–—|])\s*|\s+)(?<title>\p{Lu}.{2,})$")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^\s*[.:\-–—·•|]+\s*")]
    private static partial Regex TitleTrim();
}
