using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Minutes posted to a discussion forum and the replies under them (blind batch S, S4, a Moodle thread printed or saved as Word):
/// <code>
/// IB  Re: Minuta de la séptima sesión ordinaria
///     de Irinea Buendía Sánchez - miércoles, 16 de junio de 2021, 12:29
/// Sobre la meta 611.1: El informe que nos dieron es una hoja…
///                                                   Enlace permanente · Responder
/// </code>
/// The first post holds the minutes and is read as written. Each reply's remark on a goal is rewritten as minutes tag a remark,
/// "Irinea Buendía Sánchez, sobre la meta 611.1: El informe…" (see <see cref="SpeakerTag"/>); a reply that names no goal and opens
/// no section (a thanks, "queda integrado al expediente") is conversation and dropped; a reply that opens one ("Registro aquí los
/// acuerdos tomados en la sesión:") is kept whole. The forum's own lines — each reply's avatar initials and "Re:" title, its byline,
/// the links under every post, an attachment's file name and size — are nobody's words and dropped.
/// </summary>
public static partial class ForumThread
{
    public static List<Row> Rewrite(List<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var bylines = Enumerable.Range(0, rows.Count).Where(i => IsLine(rows[i]) && Byline().IsMatch(rows[i].Text.Trim())).ToList();
        if (bylines.Count < 2)
        {
            return rows;
        }

        var drop = new bool[rows.Count];
        for (var i = bylines[0] + 1; i < rows.Count; i++)
        {
            drop[i] = IsLine(rows[i]) && (IsPostActions(rows[i].Text) || Attachment().IsMatch(rows[i].Text.Trim()));
        }

        var remarks = new List<(string Goal, Row Row)>();
        var kept = new List<Row>();
        for (var b = 1; b < bylines.Count; b++)
        {
            var author = Byline().Match(rows[bylines[b]].Text.Trim()).Groups["who"].Value.Trim();
            var end = b + 1 < bylines.Count ? bylines[b + 1] : rows.Count;
            var body = Enumerable.Range(bylines[b] + 1, end - bylines[b] - 1)
                .Where(i => !drop[i] && (b + 1 >= bylines.Count || !IsReplyHead(rows, i, bylines[b + 1]))).Select(i => rows[i]).ToList();
            if (body.Any(r => SectionDetector.Classify(r) is not null))
            {
                kept.AddRange(body);
                continue;
            }

            var open = false;
            foreach (var row in body)
            {
                if (IsLine(row) && GoalRemark().Match(row.Text.Trim()) is { Success: true } remark)
                {
                    var goal = remark.Groups["goal"].Value;
                    var text = $"{author}, sobre la meta {goal}: {remark.Groups["said"].Value.Trim()}";
                    remarks.Add((goal, row with { Cells = [row.NonEmpty.First() with { Paragraphs = [text] }], SoftLines = null }));
                    open = true;
                }
                else if (open && IsLine(row))
                {
                    // A printed page wraps the reply line by line: the lines under the remark are the rest of it.
                    var (goal, last) = remarks[^1];
                    remarks[^1] = (goal, last with { Cells = [last.Cells[0] with { Paragraphs = [last.Text + " " + row.Text.Trim()] }] });
                }
            }
        }

        // Each remark goes under its goal in the minutes, after what the minutes say of it, as minutes record the remarks made on a goal.
        var output = rows.Take(bylines[0] + 1).ToList();
        string? current = null;
        void Flush(string? goal)
        {
            foreach (var (_, remark) in remarks.Where(r => goal is null || r.Goal == goal).ToList())
            {
                output.Add(remark with { Cells = [new RowCell(0, 1, ["Observaciones"])] });
                output.Add(remark);
                remarks.RemoveAll(r => ReferenceEquals(r.Row, remark));
            }
        }

        for (var i = bylines[0] + 1; i < bylines[1]; i++)
        {
            if (drop[i] || IsReplyHead(rows, i, bylines[1]))
            {
                continue;
            }

            var opensGoal = IsLine(rows[i]) ? GoalHead().Match(rows[i].Text.Trim()) : Match.Empty;
            if (current is not null && (opensGoal.Success || StrategySegmenter.Start(rows[i]) is not null || SectionDetector.Classify(rows[i]) is not null))
            {
                Flush(current);
                current = null;
            }

            current = opensGoal.Success ? opensGoal.Groups["goal"].Value : current;
            output.Add(rows[i]);
        }

        if (current is not null)
        {
            Flush(current);
        }

        Flush(null);
        output.AddRange(kept);
        return output;
    }

    private static bool IsLine(Row row) => row.Table is null && !row.IsEmpty;

    /// <summary>"Enlace permanente · Responder": every part a post's link.</summary>
    private static bool IsPostActions(string text) =>
        text.Split(['·', '|', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } parts &&
        parts.All(ActaVocabulary.ForumPostAction.IsWhole);

    /// <summary>The avatar's initials ("IB") and the reply's title ("Re: Minuta de…"), in the one or two lines right above its byline.</summary>
    private static bool IsReplyHead(IReadOnlyList<Row> rows, int i, int byline) =>
        i < byline && byline - i <= 2 && IsLine(rows[i]) && ReplyHead().IsMatch(rows[i].Text.Trim()) &&
        Enumerable.Range(i + 1, byline - i - 1).All(k => IsLine(rows[k]) && ReplyHead().IsMatch(rows[k].Text.Trim()));

    /// <summary>"de Irinea Buendía Sánchez - miércoles, 16 de junio de 2021, 12:29": who posted, and when.</summary>
    [GeneratedRegex(@"^(?:de|por|by)\s+(?<who>\p{Lu}[^\-–—\d]{2,80}?)\s+[-–—]\s+(?:(?:" + SpanishDateParser.WeekdayNamesAsWritten + @"),?\s+)?\d{1,2}\s+de\s+\p{L}+\s+de\s+\d{4},?\s+\d{1,2}:\d{2}\s*(?:h|hrs?\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:\p{Lu}{1,3}|(?:\p{Lu}{1,3}\s+)?(?:re|rv|fw)\s*:.{0,150})$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyHead();

    /// <summary>"📎 Lista_de_asistencia.pdf (212.4 KB)": an attached file's name and size.</summary>
    [GeneratedRegex(@"^(?:[^\p{L}\p{N}\s]{1,4}\s*)?[\p{L}\p{N}_\-. ]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|jpe?g|png|zip)\s*\(\d+(?:[.,]\d+)?\s*[kmg]?b\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Attachment();

    /// <summary>"Meta 611.1. Informar a las familias…": the line that opens a goal of the minutes.</summary>
    [GeneratedRegex(@"^meta\s+(?<goal>\d{3}\.\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalHead();

    /// <summary>"Sobre la meta 611.1: …", "Respecto de la meta 614.1, …": a remark that names its goal first.</summary>
    [GeneratedRegex(@"^(?:sobre|respecto\s+(?:de|a)|acerca\s+de|en\s+cuanto\s+a|en\s+relaci[oó]n\s+con)\s+la\s+meta\s+(?<goal>\d{3}\.\d{1,2})\s*[:.,;—–-]\s*(?<said>\S.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalRemark();
}
