using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A remark set as a pull quote, its speaker on the line under it (blind batch N, N3, a bulletin):
/// <code>
/// “Los datos son claros y muestran un avance real.”
/// — Secretaría Ejecutiva, sobre la meta 527.1
/// </code>
/// is read as one remark tagged the way minutes tag one, "Secretaría Ejecutiva, sobre la meta 527.1: Los datos son…"
/// (see <see cref="SpeakerTag"/>): the quotation marks and the attribution line are no part of what was said.
/// </summary>
public static partial class PullQuotes
{
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

            output.Add(rows[i]);
        }

        return output;
    }

    /// <summary>A whole paragraph in typographic or straight double quotes, starting with a capital.</summary>
    [GeneratedRegex(@"^[“«""](?<said>\p{Lu}[^“”«»""]{10,})[”»""]$")]
    private static partial Regex Quote();

    /// <summary>"— Secretaría Ejecutiva, sobre la meta 527.1", "– IMSS": a dash, who spoke, maybe the goal, nothing else.</summary>
    [GeneratedRegex(@"^[—–]\s*(?<who>\p{Lu}[^,;:.“”]{1,100}?)(?:,\s*(?:sobre|respecto\s+(?:de|a)|acerca\s+de)\s+la\s+meta\s+(?<goal>\d{3}\.\d{1,2}))?\.?$")]
    private static partial Regex Attribution();
}
