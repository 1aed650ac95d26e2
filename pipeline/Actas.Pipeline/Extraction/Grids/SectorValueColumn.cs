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
        return rows[headerIndex].NonEmpty.Select(c => c.Column).Where(c => !taken.Contains(c))
            .Select(c => (int?)c).FirstOrDefault(c => NamesSectors(body, c!.Value, legend));
    }

    /// <summary>
    /// A table with no header row ("Elvira Cornejo Ruelas | Consejería Jurídica… | IE", blind batch Y, Y1): from
    /// <paramref name="firstIndex"/> on, a column right of the names' whose cells name sectors as <see cref="Find"/>'s do, in
    /// rows of three cells or more (a name, a body, a sector); null when no column does.
    /// </summary>
    public static int? FindUnheaded(IReadOnlyList<Row> rows, int firstIndex, int nameColumn, IReadOnlyDictionary<string, Sector> legend)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(legend);
        var table = rows[firstIndex].Table;
        if (table is null)
        {
            return null;
        }

        var body = rows.Skip(firstIndex).TakeWhile(r => r.Table == table).Take(60).ToList();
        if (body.Count(r => r.NonEmpty.Count() >= 3) * 3 < body.Count * 2)
        {
            return null;
        }

        return body.SelectMany(r => r.NonEmpty).Select(c => c.Column).Where(c => c > nameColumn).Distinct().Order()
            .Select(c => (int?)c).FirstOrDefault(c => NamesSectors(body, c!.Value, legend));
    }

    private static bool NamesSectors(IReadOnlyList<Row> body, int column, IReadOnlyDictionary<string, Sector> legend)
    {
        var values = body.Select(r => r.Cells.FirstOrDefault(c => c.Column == column)).Where(c => c is { IsEmpty: false })
            .Select(c => c!.Text.Trim().TrimEnd('.').Trim()).ToList();
        if (values.Count < 2 || values.Any(v => v.Length > 40))
        {
            return false;
        }

        var named = values.Count(v => legend.ContainsKey(v) || SectorHeadings.Classify(v) is not null);
        return named >= 2 && named * 3 >= values.Count * 2;
    }
}
