using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The signature sheet at the end of a legal acta ("firmando al calce quienes en ella intervinieron"), read as lines in
/// reading order: each signature block is a rule ("______"), the name under it, then its post and body, and sector
/// headings ("POR LAS INSTANCIAS EJECUTORAS") stand between the groups. A grid of blocks side by side is read column by
/// column, whether Word keeps each block in one cell or a PDF cuts the grid into a row of rules, a row of names and a row of
/// posts (a band that may go on across a page break, after a line of tab-separated rules and names).
/// </summary>
public static partial class SignatureSheet
{
    public enum LineKind
    {
        Rule,
        Text,
    }

    public readonly record struct Line(LineKind Kind, string Text, SourceLocation Location);

    /// <summary>The sheet's lines: a row of several cells is a band, read column by column once the band ends.</summary>
    public static IReadOnlyList<Line> Lines(IReadOnlyList<Row> rows, Func<string, bool> isHeading)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(isHeading);
        var lines = new List<Line>();
        var band = new SortedDictionary<int, List<Line>>();
        foreach (var row in rows)
        {
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            var single = cells.Count == 1 && (row.Table is null || isHeading(cells[0].Text.Trim()));
            if (single)
            {
                Flush(band, lines);
                var text = row.Table is null && row.SoftLines is { Count: > 1 } soft ? soft : cells[0].Paragraphs;
                lines.AddRange(text.Select(t => Make(t, row.CellLocation(cells[0]))).OfType<Line>());
                continue;
            }

            foreach (var cell in cells)
            {
                if (!band.TryGetValue(cell.Column, out var column))
                {
                    band[cell.Column] = column = [];
                }

                column.AddRange(cell.Paragraphs.Select(p => Make(p, row.CellLocation(cell))).OfType<Line>());
            }
        }

        Flush(band, lines);
        return lines;
    }

    /// <summary>A signature rule: a line of underscores (or of dashes) and nothing else.</summary>
    public static bool IsRule(string text) => RuleLine().IsMatch(text);

    private static Line? Make(string text, SourceLocation location)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : new Line(IsRule(trimmed) ? LineKind.Rule : LineKind.Text, trimmed, location);
    }

    private static void Flush(SortedDictionary<int, List<Line>> band, List<Line> lines)
    {
        foreach (var column in band.Values)
        {
            lines.AddRange(column);
        }

        band.Clear();
    }

    [GeneratedRegex(@"^\s*(?:_{5,}|-{8,}|‐{8,})\s*$")]
    private static partial Regex RuleLine();
}
