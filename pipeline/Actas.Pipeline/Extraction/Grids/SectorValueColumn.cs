using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// The sector column of an attendance table found by what it holds, when its header names it in words the vocabulary lacks
/// (blind batch Q, Q2: a report generator's "No. | Nombre | Dependencia / Organización | Tipo part." over "IE", "OSC", "ACA",
/// "SE", spelled out in a legend under the table): the column whose short cells name sectors, as a sector heading would or
/// by the legend.
/// </summary>
public static class SectorValueColumn
{
    /// <summary>
    /// Among the header's columns outside <paramref name="taken"/>, the one whose cells in the rows after the header (same
    /// table) are short and, two at least and two in three of them, name a sector; null when no column does.
    /// </summary>
    public static int? Find(IReadOnlyList<Row> rows, int headerIndex, IReadOnlyCollection<int> taken, IReadOnlyDictionary<string, Sector> legend)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(taken);
        ArgumentNullException.ThrowIfNull(legend);
        var table = rows[headerIndex].Table;
        if (table is null)
        {
            return null;
        }

        var body = rows.Skip(headerIndex + 1).TakeWhile(r => r.Table == table).Take(60).ToList();
        foreach (var column in rows[headerIndex].NonEmpty.Select(c => c.Column).Where(c => !taken.Contains(c)))
        {
            var values = body.Select(r => r.Cells.FirstOrDefault(c => c.Column == column)).Where(c => c is { IsEmpty: false })
                .Select(c => c!.Text.Trim().TrimEnd('.').Trim()).ToList();
            if (values.Count < 2 || values.Any(v => v.Length > 40))
            {
                continue;
            }

            var named = values.Count(v => legend.ContainsKey(v) || SectorHeadings.Classify(v) is not null);
            if (named >= 2 && named * 3 >= values.Count * 2)
            {
                return column;
            }
        }

        return null;
    }
}
