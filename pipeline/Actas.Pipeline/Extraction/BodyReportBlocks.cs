using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Reports told by reporting body, not by goal (blind batch AE, AE3): the goals are listed in a table with no report column,
/// and a later part gives each body's report as a block, "Informe de la Secretaría de Cultura" ¶ "Meta 611.1. text" ¶
/// "Meta 614.1. text", a block holding goals of several strategies, a goal's report possibly in another body's block. The
/// report follows the goal id, not the block: each "Meta x.y." paragraph is put into the goals table as the cell of an
/// added "Informe" column in its goal's row, and the blocks, with the part's heading and lead-in sentence, leave the rows.
/// </summary>
public static partial class BodyReportBlocks
{
    public static IReadOnlyList<Row> Rewrite(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // Cheap pre-check: a paragraph opening with a report's heading word, or two tables or more.
        if (!rows.Any(r => r.Table is null && r.IsSingle && IsBlockHeading(r)) && rows.Where(r => r.Table is not null).Select(r => r.Table).Distinct().Count() < 2)
        {
            return rows;
        }

        // Each goal id listed in the first column of a table whose header has no report column: id → its row.
        var goalRows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Table is not null && rows[i].NonEmpty.FirstOrDefault() is { } first && BareGoalId().Match(first.Text.Trim()) is { Success: true } m &&
                !HasReportColumn(rows, i))
            {
                goalRows.TryAdd(m.Groups["id"].Value, i);
            }
        }

        if (goalRows.Count == 0)
        {
            return rows;
        }

        var reports = new Dictionary<string, string>(StringComparer.Ordinal);
        var dropped = new HashSet<int>();
        ReportTables(rows, goalRows, reports, dropped);
        AnnouncedReports(rows, goalRows, reports, dropped);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!(rows[i].Table is null && rows[i].IsSingle && IsBlockHeading(rows[i])))
            {
                continue;
            }

            // A block: its heading, then one "Meta x.y. report" paragraph or more, each of a goal listed above.
            var block = new List<(int Row, string Id, string Text)>();
            var k = i + 1;
            while (k < rows.Count && ReportParagraph(rows[k]) is { } report && goalRows.TryGetValue(report.Id, out var at) && at < i &&
                   !reports.ContainsKey(report.Id) && block.All(b => b.Id != report.Id))
            {
                block.Add((k, report.Id, report.Text));
                k++;
            }

            if (block.Count == 0)
            {
                continue;
            }

            dropped.Add(i);
            foreach (var (row, id, text) in block)
            {
                dropped.Add(row);
                reports[id] = text;
            }

            DropLeadIn(rows, i, dropped);
            i = k - 1;
        }

        if (reports.Count == 0)
        {
            return rows;
        }

        var tables = goalRows.Where(g => reports.ContainsKey(g.Key)).Select(g => rows[g.Value].Table!.Value).ToHashSet();
        var column = tables.ToDictionary(t => t, t => rows.Where(r => r.Table == t).SelectMany(r => r.Cells).Select(c => c.Column + c.Span).DefaultIfEmpty(0).Max());
        var byRow = goalRows.Where(g => reports.ContainsKey(g.Key)).ToDictionary(g => g.Value, g => reports[g.Key]);
        var result = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (dropped.Contains(i))
            {
                continue;
            }

            if (row.Table is { } t && tables.Contains(t))
            {
                var top = rows.Select((r, n) => (r, n)).First(x => x.r.Table == t).n;
                var text = i == top ? "Informe" : byRow.GetValueOrDefault(i);
                if (text is not null)
                {
                    row = row with { Cells = [.. row.Cells, new RowCell(column[t], 1, [text])] };
                }
            }

            result.Add(row);
        }

        return result;
    }

    /// <summary>
    /// A later table of reports alone (blind batch AE, AE6: a spreadsheet's "Meta | Informe del periodo | Situación", read from
    /// a picture): a header row naming a goal column and a report column, then rows each giving a goal listed above and its
    /// report. Its reports go to their goals; the table, with any row above its header (a sheet's column letters), leaves.
    /// </summary>
    private static void ReportTables(IReadOnlyList<Row> rows, Dictionary<string, int> goalRows, Dictionary<string, string> reports, HashSet<int> dropped)
    {
        var listed = goalRows.Values.Select(i => rows[i].Table).ToHashSet();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Table is not { } table || listed.Contains(table) || !(i == 0 || rows[i - 1].Table != table))
            {
                continue;
            }

            var end = i;
            while (end < rows.Count && rows[end].Table == table)
            {
                end++;
            }

            var found = new List<(string Id, string Text)>();
            RowCell? goalHead = null, reportHead = null;
            var header = -1;
            for (var k = i; k < end; k++)
            {
                var cells = rows[k].NonEmpty.ToList();
                if (header < 0)
                {
                    goalHead = cells.FirstOrDefault(c => GoalHeader().IsMatch(TextFold.Fold(c.Text.Trim())));
                    reportHead = cells.FirstOrDefault(c => c != goalHead && ReportHeader().IsMatch(TextFold.Fold(c.Text.Trim())));
                    header = goalHead is not null && reportHead is not null ? k : -1;
                    continue;
                }

                var goal = cells.FirstOrDefault(c => Overlaps(c, goalHead!));
                var report = cells.FirstOrDefault(c => Overlaps(c, reportHead!));
                if ((goal is null || !BareGoalId().IsMatch(goal.Text.Trim())) && rows[k].Text.Length < 20)
                {
                    continue; // a sheet's row number or an empty row
                }

                if (goal is null || BareGoalId().Match(goal.Text.Trim()) is not { Success: true } id || !goalRows.TryGetValue(id.Groups["id"].Value, out var at) ||
                    at > i || report is null)
                {
                    found.Clear();
                    break;
                }

                found.Add((id.Groups["id"].Value, report.Text.Trim()));
            }

            if (found.Count == 0 || found.Select(f => f.Id).Distinct().Count() != found.Count)
            {
                continue;
            }

            foreach (var (id, text) in found)
            {
                reports.TryAdd(id, text);
            }

            for (var k = i; k < end; k++)
            {
                dropped.Add(k);
            }

            DropLeadIn(rows, i, dropped);
            if (end < rows.Count && rows[end] is { Table: null, IsSingle: true } caption && SourceCaption().IsMatch(TextFold.Fold(caption.Text.TrimStart())))
            {
                dropped.Add(end); // "Fuente: Concentrado_informes.xlsx": the table's source, no report
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// The part's own heading and lead-in sentence above the reports ("III. Informes de las instancias" ¶ "Cada instancia
    /// presentó su informe…", "3. Informes de avance" ¶ "Se presentó la hoja de informes recibidos:"): no report of the goal
    /// read last, they leave with the reports.
    /// </summary>
    private static void DropLeadIn(IReadOnlyList<Row> rows, int first, HashSet<int> dropped)
    {
        for (var j = first - 1; j >= Math.Max(0, first - 3) && rows[j] is { Table: null, IsSingle: true } above && !dropped.Contains(j); j--)
        {
            if (IsBlockHeading(above))
            {
                for (var d = j; d < first; d++)
                {
                    dropped.Add(d);
                }

                return;
            }

            if (ReportParagraph(above) is not null || StrategyLabels.Read(above.Text) is { Field: not StrategyField.Report } || StrategySegmenter.Start(above) is not null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// A reports part that announces what it inserts and gives it as lines, not as text of its own (blind batch AE, AE6: "3.
    /// Informes de avance" ¶ "La Secretaría presentó la hoja de informes, que se inserta a continuación:" ¶ the picture of a
    /// sheet, read line by line ¶ "Fuente: …"): each line that opens with a goal listed above (after a sheet's row number) gives
    /// that goal's report, a trailing "Con informe" / "Sin informe" status cell left off. The part leaves the rows, its
    /// heading, lead-in and source line with it, even when it gave no report (a picture left unread): a sentence announcing an
    /// insert is no goal's report.
    /// </summary>
    private static void AnnouncedReports(IReadOnlyList<Row> rows, Dictionary<string, int> goalRows, Dictionary<string, string> reports, HashSet<int> dropped)
    {
        var lastGoal = goalRows.Values.Max();
        for (var h = lastGoal + 1; h < rows.Count - 1; h++)
        {
            if (dropped.Contains(h) || rows[h] is not { Table: null, IsSingle: true } heading || !IsBlockHeading(heading) ||
                rows[h + 1] is not { Table: null, IsSingle: true } lead || !(lead.Text.TrimEnd().EndsWith(':') || CaptionAfterColon().IsMatch(TextFold.Fold(lead.Text))) ||
                dropped.Contains(h + 1))
            {
                continue;
            }

            var end = h + 2;
            var found = new List<(string Id, string Text)>();
            while (end < rows.Count && !dropped.Contains(end) && !SourceCaption().IsMatch(TextFold.Fold(rows[end].Text.TrimStart())) &&
                   !(rows[end].Table is null && (StrategyLabels.Read(rows[end].Text) is { Field: StrategyField.Feedback or StrategyField.Observation } ||
                                                 SectionDetector.Classify(rows[end]) is not null || StrategySegmenter.Start(rows[end]) is not null)))
            {
                if (SheetLine().Match(rows[end].Text.Trim()) is { Success: true } line && goalRows.ContainsKey(line.Groups["id"].Value))
                {
                    var text = StatusCell().Replace(line.Groups["text"].Value.Trim(), "");
                    found.Add((line.Groups["id"].Value, text.Length == 0 ? line.Groups["text"].Value.Trim() : text));
                }

                end++;
            }

            var captioned = end < rows.Count && SourceCaption().IsMatch(TextFold.Fold(rows[end].Text.TrimStart()));
            if (end - (h + 2) > 12 || (found.Count == 0 && end > h + 2 && !captioned))
            {
                continue; // more than a sheet's lines, or lines that give no report and no source: text of the acta
            }

            foreach (var (id, text) in found)
            {
                reports.TryAdd(id, text);
            }

            for (var d = h; d < end + (captioned ? 1 : 0); d++)
            {
                dropped.Add(d);
            }

            return;
        }
    }

    /// <summary>"3 508.2 Se construyeron…", "508.1 | Se incorporaron…": a sheet's line, its row number first if any, then a goal id and its text.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}\s*\|?\s+)?(?<id>\d{1,4}\.\d{1,2})(?!\d)\s*\|?\s+(?<text>\S.*)$")]
    private static partial Regex SheetLine();

    /// <summary>A status cell at a line's end: " | Con informe", " Sin informe".</summary>
    [GeneratedRegex(@"\s*\|?\s*\b(?:[Cc]on|[Ss]in)\s+informe\.?\s*$")]
    private static partial Regex StatusCell();

    /// <summary>"…que se inserta a continuación: Fuente: hoja…": a lead-in and the insert's source run together (a PDF's paragraph).</summary>
    [GeneratedRegex(@":\s+(?:fuente|elaboracion)\b[^:]{0,20}:")]
    private static partial Regex CaptionAfterColon();

    /// <summary>"Fuente: …", "Elaboración propia con datos de…": a table's source line.</summary>
    [GeneratedRegex(@"^(?:fuente|elaboracion)\b")]
    private static partial Regex SourceCaption();

    private static bool Overlaps(RowCell cell, RowCell head) => cell.Column < head.Column + head.Span && head.Column < cell.Column + cell.Span;

    /// <summary>Whether the table row's table has a report column in its first row.</summary>
    private static bool HasReportColumn(IReadOnlyList<Row> rows, int index)
    {
        var top = index;
        while (top > 0 && rows[top - 1].Table == rows[index].Table)
        {
            top--;
        }

        return rows[top].NonEmpty.Any(c => StrategyLabels.Read(c.Text) is { Field: StrategyField.Report });
    }

    /// <summary>"Informe de la Alcaldía Venustiano Carranza", "III. Informes de las instancias", "Reporte del Instituto…": a heading, no sentence.</summary>
    private static bool IsBlockHeading(Row row)
    {
        var text = row.Text.Trim();
        return text.Length is > 8 and < 160 && (text.Contains("nform", StringComparison.OrdinalIgnoreCase) || text.Contains("eport", StringComparison.OrdinalIgnoreCase)) &&
               !text.Contains(':', StringComparison.Ordinal) && !text.EndsWith('.') &&
               BlockHeading().IsMatch(TextFold.Fold(SectionDetector.WithoutOutlineNumber(text)));
    }

    /// <summary>"Meta 611.1. Se integraron…" / "Meta 611.1: …" / "Meta 611.1 – …" → the goal id and the report; null otherwise.</summary>
    private static (string Id, string Text)? ReportParagraph(Row row)
    {
        if (row is not { Table: null, IsSingle: true } || ReportLine().Match(row.Text.Trim()) is not { Success: true } m)
        {
            return null;
        }

        var text = row.Text.Trim()[m.Length..].Trim();
        return text.Length == 0 ? null : (m.Groups["id"].Value, text);
    }

    [GeneratedRegex(@"^(?:meta\s+)?(?<id>\d{1,4}\.\d{1,2})\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareGoalId();

    [GeneratedRegex(@"^meta\s+(?<id>\d{1,4}\.\d{1,2})(?!\d)\s*(?:[.:]|\s[–—-])\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ReportLine();

    /// <summary>A goal column's header: "Meta", "Metas", "Clave de la meta", "No. de meta".</summary>
    [GeneratedRegex(@"^(?:metas?|(?:clave|numero|no\.?)\s+de\s+(?:la\s+)?meta)$")]
    private static partial Regex GoalHeader();

    /// <summary>A report column's header: "Informe del periodo", "Reporte", "Avance informado".</summary>
    [GeneratedRegex(@"^(?:informes?|reportes?|avances?)\b")]
    private static partial Regex ReportHeader();

    [GeneratedRegex(@"^(?:informe|reporte)s?\s+(?:de|del)\s+\w")]
    private static partial Regex BlockHeading();
}
