namespace Actas.Pipeline.Reading.Pdf;

/// <summary>The line step <see cref="StreamRowSplitter"/> allows inside one column's cells.</summary>
public static class ColumnLeading
{
    /// <summary>Font sizes within this many points are one size.</summary>
    private const double SameSize = 0.3;

    /// <summary>A column's step this share of the font size over the table's is a row step, not its cells' leading.</summary>
    private const double RowStepShare = 0.25;

    /// <summary>
    /// A column in the table's type whose smallest step is wider than the table's in-cell step holds
    /// one-line cells, a row apart: its step is the table's ("Víctor Hugo Salas" / "Lorena Patiño Gil"
    /// 15.5 pt apart beside "Secretaría de Educación," / "Ciencia, Tecnología e" 11.5 pt apart: blind-h
    /// H4). Only when every line of the column is a line of another column too: a column on baselines
    /// of its own, or in another size, keeps its own step (see StreamRowSplitter).
    /// </summary>
    /// <param name="own">The column's smallest line step, in points.</param>
    /// <param name="table">The table's in-cell step, in points.</param>
    /// <param name="cells">Words per line and column.</param>
    /// <param name="column">The column.</param>
    public static double Capped(double own, double table, List<List<List<PdfWord>>> cells, int column)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var mine = cells.SelectMany(l => l[column]).Select(w => w.FontSize).Order().ToList();
        var others = cells.SelectMany(l => l.Where((_, c) => c != column).SelectMany(p => p)).Select(w => w.FontSize).Order().ToList();
        var shared = cells.Where(l => l[column].Count > 0).All(l => l.Where((_, c) => c != column).Any(p => p.Count > 0));
        if (mine.Count == 0 || others.Count == 0 || !shared || Math.Abs(mine[mine.Count / 2] - others[others.Count / 2]) > SameSize)
        {
            return own;
        }

        // Only a step a row's padding wider: names set with a little more leading than their
        // institutions (12.6 pt beside 11.3 pt, blind-b BB2) still wrap inside their cells.
        return own > table + (RowStepShare * mine[mine.Count / 2]) ? table : own;
    }
}
