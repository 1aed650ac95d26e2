using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Reports told apart from the goals, one paragraph per reported goal led by the goal it reports on (blind batch AG, AG3: the
/// strategies list each goal with its Indicador and Instancia ejecutora but no Informe, then "3. Informes de avance" ¶ a lead-in
/// ¶ "Respecto de la meta 371.1. La Secretaría de Gobierno informó que…" ¶ "Respecto de la meta 371.2. El FONDESO…"). Other
/// hands lead with "En cuanto a la meta 12.3:", "Sobre la meta…", "En relación con la meta…,", or "Meta 371.1:" under a report
/// heading. Such a paragraph, wherever it stands after its goal's own lines, is that goal's report: it is set as an
/// "Informe: " row (the lead left off) right after the goal's Meta, Indicador and Instancia ejecutora lines, where the strategy
/// reader reads it. A goal with an Informe of its own keeps it; a paragraph among remarks (after a Retroalimentación or
/// Observaciones heading), one that someone remarks rather than reports ("…la Secretaría Ejecutiva señaló que…"), and one in the
/// list of those present or the agreements stay where they are. When every paragraph of the reports' part moved, its heading and
/// lead-in sentence go too: they are no report of the goal read last.
/// </summary>
public static partial class GoalLedReports
{
    /// <summary>How many prose paragraphs may stand between the reports' heading and its first report (a lead-in).</summary>
    private const int MaxLeadIn = 2;

    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!rows.Any(r => r is { Table: null, IsSingle: true } && (Lead().IsMatch(r.Text) || GoalLabelLead().IsMatch(r.Text))))
        {
            return rows;
        }

        // Each goal's first line (its Meta, or the strategy heading it runs on from in a PDF), with the goal's text.
        var goals = new Dictionary<string, (int Row, string Text)>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is { Table: null, IsSingle: true } row && StrategyLabels.Read(row.Text) is { Field: StrategyField.Goal, GoalId: { } id } goal)
            {
                goals.TryAdd(id, (i, goal.Rest));
            }
            else if (rows[i] is { Table: null, IsSingle: true } && RunOnGoalLine.GoalIn(rows[i]) is { } runOn)
            {
                goals.TryAdd(runOn, (i, ""));
            }
        }

        var reports = new Dictionary<string, List<(int Row, string Text)>>(StringComparer.Ordinal);
        var moved = new HashSet<int>();
        var closed = false;
        var remarks = false;
        var reportPart = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Table is not null || !row.IsSingle)
            {
                continue;
            }

            var label = StrategyLabels.Read(row.Text);
            if (label is { Rest.Length: 0, Field: StrategyField.Feedback or StrategyField.Observation })
            {
                (remarks, reportPart) = (true, false);
                continue;
            }

            if (label is { Rest.Length: 0, Field: StrategyField.Report })
            {
                (remarks, reportPart, closed) = (false, true, false);
                continue;
            }

            if (SectionDetector.Classify(row) is { } section)
            {
                closed = section is SectionKind.Attendance or SectionKind.Agreements;
                (remarks, reportPart) = (false, false);
                continue;
            }

            if (Report(row.Text, reportPart) is not { } report)
            {
                if (label is { Field: StrategyField.Goal, GoalId: not null } && goals.TryGetValue(label.GoalId, out var own) && own.Row == i)
                {
                    remarks = false; // a goal's own lines: the remarks above were another goal's
                }

                continue;
            }

            if (closed || remarks || !goals.TryGetValue(report.Id, out var goalAt) || goalAt.Row >= i || HasOwnReport(rows, goalAt.Row) ||
                SameText(report.Text, goalAt.Text) || IsRemark(report.Text))
            {
                continue;
            }

            if (!reports.TryGetValue(report.Id, out var list))
            {
                reports[report.Id] = list = [];
            }

            list.Add((i, report.Text));
            moved.Add(i);
        }

        if (moved.Count == 0)
        {
            return rows;
        }

        var dropped = PartLeftEmpty(rows, moved);
        var after = reports.ToDictionary(r => FieldsEnd(rows, goals[r.Key].Row), r => r.Value);
        var result = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!moved.Contains(i) && !dropped.Contains(i))
            {
                result.Add(rows[i]);
            }

            if (after.TryGetValue(i, out var told))
            {
                result.AddRange(told.Select(t => rows[t.Row] with { Cells = [new RowCell(0, 1, ["Informe: " + t.Text])], SoftLines = null, Role = ParagraphRole.Body }));
            }
        }

        return result;
    }

    /// <summary>
    /// The goal a paragraph reports on and the report after its lead: "Respecto de la meta 371.1. La Secretaría…" → ("371.1",
    /// "La Secretaría…"); "Meta 371.1: …" only under a report heading (<paramref name="reportPart"/>), where a goal's label opens
    /// no goal. Null for any other paragraph.
    /// </summary>
    internal static (string Id, string Text)? Report(string text, bool reportPart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Lead().Match(text);
        if (!m.Success && reportPart)
        {
            m = GoalLabelLead().Match(text);
        }

        var rest = m.Success ? text[m.Length..].Trim() : "";
        return rest.Length > 1 ? (m.Groups["id"].Value, rest) : null;
    }

    /// <summary>
    /// A remark, not a report: led by its speaker ("Intervención de…:"), said by the secretariat ("La Secretaría Ejecutiva
    /// reconoce…"), or told with a verb of saying before any verb of reporting ("Name señaló que…").
    /// </summary>
    internal static bool IsRemark(string text)
    {
        if (SpeakerTag.IsAttributed(text))
        {
            return true;
        }

        var key = TextFold.Key(text);
        var subject = Article().Replace(key, "");
        if (ActaVocabulary.SecretariatSector.PrefixLength(subject) > 2)
        {
            return true;
        }

        var said = Saying().Match(text);
        var told = Reporting().Match(TextFold.Fold(text));
        return said.Success && (!told.Success || said.Index < told.Index);
    }

    /// <summary>Whether the goal whose line is at <paramref name="goal"/> has an Informe of its own before the next goal, strategy or section.</summary>
    private static bool HasOwnReport(IReadOnlyList<Row> rows, int goal)
    {
        for (var i = goal + 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Table is not null || StrategySegmenter.Start(row) is not null || SectionDetector.Classify(row) is not null)
            {
                return false;
            }

            switch (StrategyLabels.Read(row.Text))
            {
                case { Field: StrategyField.Goal }:
                    return false;
                case { Field: StrategyField.Report, Rest.Length: > 0 }:
                    return true;
                case { Field: StrategyField.Report }:
                    // "3. Informes de avance" ¶ a lead-in ¶ "Respecto de la meta…": the heading of the reports' part, no report of this goal.
                    return !OpensLedReports(rows, i);
            }
        }

        return false;
    }

    /// <summary>Whether the report label at <paramref name="heading"/> stands over paragraphs led by their goal (after a lead-in, if any).</summary>
    private static bool OpensLedReports(IReadOnlyList<Row> rows, int heading)
    {
        var next = heading + 1;
        while (next < rows.Count && next - heading <= MaxLeadIn && IsLeadIn(rows[next]))
        {
            next++;
        }

        return next < rows.Count && rows[next] is { Table: null, IsSingle: true } led && (Lead().IsMatch(led.Text) || GoalLabelLead().IsMatch(led.Text));
    }

    /// <summary>The last of the goal's own field lines (Indicador, Instancia ejecutora, a stated status) right after its Meta line.</summary>
    private static int FieldsEnd(IReadOnlyList<Row> rows, int goal)
    {
        var end = goal;
        while (end + 1 < rows.Count && rows[end + 1] is { Table: null, IsSingle: true } next &&
               StrategyLabels.Read(next.Text) is { Field: StrategyField.Indicator or StrategyField.Executor or StrategyField.Status })
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The heading of the reports' part ("3. Informes de avance", a report label standing alone) and its lead-in sentence, when
    /// every paragraph of the part moved to its goal: nothing of the part is left to read.
    /// </summary>
    private static HashSet<int> PartLeftEmpty(IReadOnlyList<Row> rows, HashSet<int> moved)
    {
        var dropped = new HashSet<int>();
        foreach (var first in moved.Where(m => !moved.Contains(m - 1)))
        {
            var heading = first - 1;
            while (heading >= 0 && first - heading <= MaxLeadIn && IsLeadIn(rows[heading]))
            {
                heading--;
            }

            if (heading < 0 || rows[heading] is not { Table: null, IsSingle: true } head ||
                StrategyLabels.Read(head.Text) is not { Rest.Length: 0, Field: StrategyField.Report })
            {
                continue;
            }

            var end = first;
            while (end < rows.Count && (moved.Contains(end) || rows[end].IsEmpty))
            {
                end++;
            }

            if (end == rows.Count || PartEnds(rows[end]))
            {
                dropped.UnionWith(Enumerable.Range(heading, first - heading));
            }
        }

        return dropped;
    }

    private static bool IsLeadIn(Row row) =>
        row is { Table: null, IsSingle: true } && StrategyLabels.Read(row.Text) is null && StrategySegmenter.Start(row) is null &&
        SectionDetector.Classify(row) is null && !Lead().IsMatch(row.Text);

    /// <summary>A heading, a strategy, a label or a table after the part: what it held has all moved.</summary>
    private static bool PartEnds(Row row) =>
        row.Table is not null || SectionDetector.Classify(row) is not null || StrategySegmenter.Start(row) is not null ||
        StrategyLabels.Read(row.Text) is { Rest.Length: 0 };

    private static bool SameText(string report, string goal) =>
        goal.Length > 0 && TextFold.Key(report) == TextFold.Key(goal);

    /// <summary>
    /// "Respecto de la meta 371.1. ", "En cuanto a la meta 371.1: ", "En relación con la meta 371.1, ", "Sobre la meta 371.1 — ":
    /// the goal named first, then a stop, a colon, a comma or a dash before the report.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:" + ActaVocabulary.Bullet + @"\s*)?(?i:" + ActaVocabulary.RegardingGoal + @"|por\s+lo\s+que\s+(?:hace|toca|respecta)\s+a)\s+(?i:la\s+meta)\s+(?<id>\d{3}\.\d{1,2})(?!\d)\s*(?:[.:,;]|\s[–—-])\s*")]
    private static partial Regex Lead();

    /// <summary>"Meta 371.1: ", "Meta 371.1 — ": a goal's label before a colon or a dash (read as a report's lead only under a report heading).</summary>
    [GeneratedRegex(@"^\s*(?:" + ActaVocabulary.Bullet + @"\s*)?(?i:meta)\s+(?<id>\d{3}\.\d{1,2})(?!\d)\s*(?::|\s[–—-])\s*")]
    private static partial Regex GoalLabelLead();

    [GeneratedRegex(@"^(?:la|el|los|las)\s+")]
    private static partial Regex Article();

    /// <summary>A verb of saying, present or preterite: "señaló", "observa", "pidió", "recomiendan".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?i:" + ActaVocabulary.SaidVerb + "|" + ActaVocabulary.SayingVerb + @")(?!\p{L})")]
    private static partial Regex Saying();

    /// <summary>A verb of reporting, folded: "informó", "reporta", "dio cuenta", "presentó".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:inform(?:a|an|o|aron)|report(?:a|an|o|aron)|d(?:a|io) cuenta|present(?:a|an|o|aron)|entreg(?:a|an|o|aron)|remiti(?:o|eron))(?!\p{L})")]
    private static partial Regex Reporting();
}
