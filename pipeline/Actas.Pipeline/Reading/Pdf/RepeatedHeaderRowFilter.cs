using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Drops a table's header row that Word repeats at the top of every page ("repeat as header
/// row"): in the PDF the continuation starts with a copy of the first part's first row, which
/// is layout, not content, and must not be joined into the row before the break.
/// </summary>
public static class RepeatedHeaderRowFilter
{
    /// <summary>
    /// <paramref name="continuation"/> without its first row when that row repeats the first row
    /// of <paramref name="chainStart"/> (the part that started the table) cell by cell; else unchanged.
    /// </summary>
    public static Table Strip(Table chainStart, Table continuation)
    {
        ArgumentNullException.ThrowIfNull(chainStart);
        ArgumentNullException.ThrowIfNull(continuation);
        if (chainStart.Rows.Count == 0 || continuation.Rows.Count < 2 || ReferenceEquals(chainStart, continuation))
        {
            return continuation;
        }

        var header = Texts(chainStart.Rows[0]);
        var first = Texts(continuation.Rows[0]);
        return header.Any(t => t.Length > 0) && header.SequenceEqual(first, StringComparer.Ordinal)
            ? continuation with { Rows = [.. continuation.Rows.Skip(1)] }
            : continuation;
    }

    private static List<string> Texts(TableRow row) => [.. row.Cells.Where(c => !c.IsEmpty).Select(c => c.Text)];
}
