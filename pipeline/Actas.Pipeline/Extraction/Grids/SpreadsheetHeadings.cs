using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A spreadsheet printed with its row and column headings on (blind batch N, N2: a workbook printed sheet by sheet)
/// comes out as a table whose first row is the column letters over an empty corner ("| A | B | C …") and whose first
/// column numbers the rows ("1", "2" … , some rows empty). Those headings are the sheet's frame, not its content: the
/// table is read without them, so its own header row ("NO. | NOMBRE | INSTITUCIÓN") names its columns again.
/// </summary>
public static partial class SpreadsheetHeadings
{
    /// <summary>The table without its column-letter row and row-number column; every other block unchanged.</summary>
    public static LayoutBlock Strip(LayoutBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block is not Table table || !HasHeadings(table))
        {
            return block;
        }

        var rows = table.Rows.Skip(1)
            .Select(r => r with
            {
                Cells = r.Cells.Where(c => c.Column > 0)
                    .Select(c => c with { Column = c.Column - 1 })
                    .ToList(),
            })
            .ToList();
        return table with { Rows = rows, ColumnCount = Math.Max(1, table.ColumnCount - 1) };
    }

    private static bool HasHeadings(Table table)
    {
        if (table.Rows.Count < 3 || table.ColumnCount < 3)
        {
            return false;
        }

        // The corner is empty, then "A", "B", "C"… one letter per column, in order.
        var letters = table.Rows[0].Cells.Where(c => !c.IsEmpty).ToList();
        if (letters.Count < 2 || table.Rows[0].Cells.Any(c => c.Column == 0 && !c.IsEmpty) ||
            letters.Select((c, i) => c.Text.Trim() == ((char)('A' + i)).ToString() && c.Column == i + 1).Any(ok => !ok))
        {
            return false;
        }

        // Down the first column, ascending row numbers (a row the sheet left blank may print none).
        var previous = 0;
        var numbered = 0;
        foreach (var row in table.Rows.Skip(1))
        {
            var first = row.Cells.FirstOrDefault(c => c.Column == 0);
            if (first is null || first.IsEmpty)
            {
                continue;
            }

            if (!RowNumber().IsMatch(first.Text.Trim()) || int.Parse(first.Text.Trim(), System.Globalization.CultureInfo.InvariantCulture) <= previous)
            {
                return false;
            }

            previous = int.Parse(first.Text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            numbered++;
        }

        return numbered >= 2;
    }

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex RowNumber();
}
