using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A strategy named over two lines: a small "ESTRATEGIA" label, then its number and title without the word
/// ("190 · Garantizar el ejercicio…"). The two lines become one heading, "Estrategia 190 · Garantizar…",
/// which every reader of strategy blocks already knows.
/// </summary>
public static partial class StrategyLabelLine
{
    public static IReadOnlyList<Row> Join(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var output = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Table is null && row.IsSingle && ActaVocabulary.StrategyColumn.IsWhole(row.Text.Trim().TrimEnd(':'))
                && i + 1 < rows.Count && rows[i + 1] is { Table: null, IsSingle: true } next && NumberAndTitle().IsMatch(next.Text.Trim()))
            {
                var cell = next.NonEmpty.First();
                output.Add(next with { Cells = [cell with { Paragraphs = ["Estrategia " + next.Text.Trim()] }] });
                i++;
                continue;
            }

            output.Add(row);
        }

        return output;
    }

    /// <summary>"190 · Title", "190 – Title", "190. Title", "190 Title": a strategy number, not a goal id, then words.</summary>
    [GeneratedRegex(@"^\d{3}(?![.,]\d)\s*[·•–—\-.:|]?\s*\p{L}")]
    private static partial Regex NumberAndTitle();
}
