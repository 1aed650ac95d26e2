using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A remark set as a pull quote, its speaker on the line under it (blind batch N, N3, a bulletin):
/// <code>
/// “Los datos son claros y muestran un avance real.”
/// — Secretaría Ejecutiva, sobre la meta 527.1
/// </code>
/// is read as one remark tagged the way minutes tag one, "Secretaría Ejecutiva, sobre la meta 527.1: Los datos son…"
/// (see <see cref="SpeakerTag"/>): the quotation marks and the attribution line are no part of what was said.
/// A note signed on the line under it ("El padrón no distingue alcaldías." ¶ "Rosa Íñiguez Paz · SE") is a remark too, its
/// kind given by its author: the secretariat's is feedback, anybody else's an observation; so is a paragraph whose last line
/// signs it ("El padrón no distingue alcaldías." ⏎ "Secretaría Ejecutiva").
/// </summary>
public static partial class PullQuotes
{
    private const string FeedbackLabel = "Retroalimentación";
    private const string ObservationLabel = "Observación";

    public static List<Row> Join(List<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var output = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i + 1 < rows.Count && rows[i].IsSingle && rows[i + 1].IsSingle &&
                Quote().Match(rows[i].Text.Trim()) is { Success: true } quote &&
                Attribution().Match(rows[i + 1].Text.Trim()) is { Success: true } who)
            {
                var said = quote.Groups["said"].Value.Trim();
                var text = who.Groups["goal"].Success ? $"{who.Groups["who"].Value.Trim()}, sobre la meta {who.Groups["goal"].Value}: {said}" : said;
                var cell = rows[i].NonEmpty.First();
                output.Add(rows[i] with { Cells = [cell with { Paragraphs = [text] }], SoftLines = null });
                i++;
                continue;
            }

            if (i + 1 < rows.Count && rows[i] is { Table: null, IsSingle: true } note && rows[i + 1] is { Table: null, IsSingle: true } &&
                rows[i + 1].Text.Contains('·', StringComparison.Ordinal) && Byline().Match(rows[i + 1].Text.Trim()) is { Success: true } byline &&
                Sentence().IsMatch(note.Text.Trim()) && !Byline().IsMatch(note.Text.Trim()))
            {
                // "Falta desglosar por alcaldía." ¶ "Rosa Íñiguez Paz · SE" (blind batch T, T3: a sticky note on a whiteboard, its
                // author in small print under it): a remark, whose kind its author gives.
                // The secretariat's note is its feedback, anybody else's an observation: a label | remark row, as a minuta lays one out.
                var body = byline.Groups["body"].Value.Trim();
                var label = ActaVocabulary.SecretariatSector.IsWhole(TextFold.Fold(body)) ? FeedbackLabel : ObservationLabel;
                output.Add(note with { Cells = [new RowCell(0, 1, [label]), new RowCell(1, 1, [note.Text.Trim()])], SoftLines = null });
                i++;
                continue;
            }

            if (rows[i] is { Table: null, IsSingle: true, SoftLines: [.., var signature] lines } signed && Signed(lines, signature) is { } signedBy)
            {
                // "El registro no distingue turnos." ⏎ "Secretaría Ejecutiva" in small print (blind batch U, U3: a web page's quote box
                // saved as Word, the remark and its author one paragraph): the same remark, its author on its last line.
                var remark = string.Join(' ', lines.Take(lines.Count - 1).Select(l => l.Trim()));
                output.Add(signed with { Cells = [new RowCell(0, 1, [signedBy]), new RowCell(1, 1, [remark])], SoftLines = null });
                continue;
            }

            output.Add(rows[i]);
        }

        return output;
    }

    /// <summary>
    /// The kind of a remark whose last line signs it: a person and a body ("Name · Body") or the secretariat alone; the lines
    /// above it one sentence. Null for any other paragraph.
    /// </summary>
    private static string? Signed(IReadOnlyList<string> lines, string signature)
    {
        if (lines.Count < 2 || lines[^1].Length > 160)
        {
            return null;
        }

        var author = signature.Trim();
        var alone = ActaVocabulary.SecretariatSector.IsWhole(TextFold.Key(author));
        if (!alone && (!author.Contains('·', StringComparison.Ordinal) || Byline().Match(author) is not { Success: true }))
        {
            return null;
        }

        var remark = string.Join(' ', lines.Take(lines.Count - 1).Select(l => l.Trim()));
        if (!Sentence().IsMatch(remark) || Byline().IsMatch(remark))
        {
            return null;
        }

        var body = alone ? author : Byline().Match(author).Groups["body"].Value.Trim();
        return ActaVocabulary.SecretariatSector.IsWhole(TextFold.Fold(body)) || ActaVocabulary.SecretariatSector.IsWhole(TextFold.Key(body)) ? FeedbackLabel : ObservationLabel;
    }

    /// <summary>"Rosa Íñiguez Paz · Red de Mujeres Recicladoras": who signed a note (the note's author is no part of its text), a person's name of two to five capitalised words, a middle dot, a body.</summary>
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}[\p{L}'-]+|de|del|la|y)){1,5})\s+·\s+(?<body>\p{Lu}[^·:;›|]{1,120})$")]
    private static partial Regex Byline();

    /// <summary>A sentence: a capital, at least four words, a period.</summary>
    [GeneratedRegex(@"^\p{Lu}\S*(?:\s+\S+){3,}[.!?]$")]
    private static partial Regex Sentence();

    /// <summary>A whole paragraph in typographic or straight double quotes, starting with a capital.</summary>
    [GeneratedRegex(@"^[“«""](?<said>\p{Lu}[^“”«»""]{10,})[”»""]$")]
    private static partial Regex Quote();

    /// <summary>"— Secretaría Ejecutiva, sobre la meta 527.1", "– IMSS": a dash, who spoke, maybe the goal, nothing else.</summary>
    [GeneratedRegex(@"^[—–]\s*(?<who>\p{Lu}[^,;:.“”]{1,100}?)(?:,\s*(?:sobre|respecto\s+(?:de|a)|acerca\s+de)\s+la\s+meta\s+(?<goal>\d{3}\.\d{1,2}))?\.?$")]
    private static partial Regex Attribution();
}
