using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A legal acta may transcribe each goal's report in a footnote ("…presentó el informe que se transcribe al pie¹" ¶
/// "¹ Informe de la Secretaría de Salud, meta 318.1: Entre enero y abril…"). Footnotes are no content of the text they
/// annotate, but a note that opens as a report of a named goal is that goal's report: it is set as an "Informe:" row
/// right under the goal's "Meta 318.1" row, when the goal has no report of its own in the text.
/// </summary>
public static partial class NoteReports
{
    public static IReadOnlyList<Row> Insert(IReadOnlyList<Row> rows, IReadOnlyList<Paragraph> notes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(notes);
        var reports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var note in notes)
        {
            if (Report(note.Text) is { } report)
            {
                reports.TryAdd(report.Goal, report.Text);
            }
        }

        if (reports.Count == 0)
        {
            return rows;
        }

        var result = new List<Row>(rows.Count + reports.Count);
        var pointers = new Dictionary<int, string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            result.Add(row);
            if (row is { Table: null, IsSingle: true } && GoalRow().Match(row.Text) is { Success: true } goal &&
                reports.TryGetValue(goal.Groups["id"].Value, out var text))
            {
                var own = ReportRow(rows, i + 1);
                if (own is null)
                {
                    reports.Remove(goal.Groups["id"].Value);
                    result.Add(row with { Cells = [new RowCell(0, 1, ["Informe: " + text])], Role = ParagraphRole.Body, SoftLines = null });
                }
                else if (PointsToNote(rows[own.Value].Text))
                {
                    reports.Remove(goal.Groups["id"].Value);
                    pointers[own.Value] = text;
                }
            }

            if (pointers.Remove(i, out var noted))
            {
                // "Informe: la instancia presentó su informe, que se transcribe en la nota i al final de la minuta." (blind
                // batch T, T1): the report row only points at the note, whose text is the report.
                result[^1] = row with { Cells = [new RowCell(0, 1, ["Informe: " + noted])], SoftLines = null };
            }
        }

        return result;
    }

    /// <summary>Whether a report row's text only says that the report is transcribed in a note ("…en la nota i al final", "…al pie").</summary>
    internal static bool PointsToNote(string text) => NotePointer().IsMatch(TextFold.Fold(text));

    /// <summary>"Informe de la Secretaría…, meta 318.1: text" → ("318.1", "text"); null for any other note ("Sin informe. …", a source).</summary>
    internal static (string Goal, string Text)? Report(string text)
    {
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            return null;
        }

        var m = ReportNote().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var body = text[(m.Index + m.Length)..].Trim();
        return body.Length == 0 ? null : (m.Groups["id"].Value, body);
    }

    /// <summary>The index of the goal's own report row (up to the next goal or strategy), or null when it has none.</summary>
    private static int? ReportRow(IReadOnlyList<Row> rows, int from)
    {
        for (var i = from; i < rows.Count && i < from + 8; i++)
        {
            if (rows[i].Table is not null || GoalRow().IsMatch(rows[i].Text) || StrategySegmenter.Start(rows[i]) is not null)
            {
                return null;
            }

            if (StrategyLabels.Read(rows[i].Text) is { Field: StrategyField.Report })
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A goal's row as the prose and labelled readers write it: "Meta 318.1 …", or under an outline number ("4.1.1. Meta 226.1.").</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?Meta\s+(?<id>\d{1,4}\.\d{1,2})(?!\d)")]
    private static partial Regex GoalRow();

    /// <summary>"se transcribe en la nota", "en la nota al final", "al pie de página": a report row that sends the reader to a note.</summary>
    [GeneratedRegex(@"\b(?:nota|notas)\b(?:\s+\w{1,5})?\s+al\s+(?:final|pie)\b|\btranscrib\w+\s+(?:en\s+la\s+nota|al\s+pie)\b")]
    private static partial Regex NotePointer();

    /// <summary>A note that opens as a report ("informe", "reporte", "avance") and names one goal before a colon, or names the goal first ("Meta 226.1. Informe de la Secretaría…:").</summary>
    // The note's own mark may open it as the PDF reader keeps it: "1 Informe…", "iii Meta 229.1. Informe…" (an endnote's roman mark).
    [GeneratedRegex(@"^\W{0,3}(?:\d{1,2}|(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})(?=\s))?\s*(?:(?:informe|reporte|avance)\b[^:]{0,200}?\bmeta\s+(?<id>\d{1,4}\.\d{1,2})(?!\d)|meta\s+(?<id>\d{1,4}\.\d{1,2})(?!\d)\.?\s+(?:informe|reporte|avance)\b[^:]{0,200}?)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ReportNote();
}
