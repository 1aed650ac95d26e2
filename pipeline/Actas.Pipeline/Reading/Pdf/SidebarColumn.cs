namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A web page printed to PDF: running text with a narrow sidebar at its right that ends long before the text does
/// (blind batch O, O6: the acta beside "Actas de este Espacio" ¶ "Acta de la Novena Sesión Ordinaria" ¶ "8 de febrero
/// de 2024" ¶ "Documentos relacionados"). The two sides share a whitespace corridor, so the run grown from the first
/// line reaches the page's foot and would become one table row holding the whole page. The stretch down to the
/// sidebar's end (and the text paragraph it cuts) is read as text columns; the lines below are text of their own.
/// </summary>
internal static class SidebarColumn
{
    /// <summary>The sidebar is at most this share of the run's width.</summary>
    private const double MaxShare = 0.35;

    /// <summary>The sidebar holds words in at least this many lines.</summary>
    private const int MinSidebarLines = 3;

    /// <summary>A share of the text side's lines at least this full (of its widest line) makes it running text.</summary>
    private const double FullLine = 0.85;

    /// <summary>At least this share of the text side's lines beside the sidebar are full lines.</summary>
    private const double FullShare = 0.4;

    /// <summary>A step this many times the typical line step below the line above starts a new paragraph.</summary>
    private const double ParagraphStep = 1.3;

    /// <summary>
    /// How many lines of <paramref name="slice"/> (a run split by <paramref name="edges"/> into two columns) the
    /// text-column stretch takes, or null when the run is no text beside a sidebar that ends early: the lines under
    /// the sidebar's last line, with the text side alone, are at least as many as the lines beside it.
    /// </summary>
    public static int? Extent(List<PdfLine> slice, List<double> edges)
    {
        if (edges.Count != 3 || edges[2] - edges[1] > MaxShare * (edges[2] - edges[0]))
        {
            return null;
        }

        var parts = slice.Select(l => StreamRowSplitter.ByColumn(l, edges)).ToList();
        var last = parts.FindLastIndex(p => p[1].Count > 0);
        if (last < 0 || parts.Count(p => p[1].Count > 0) < MinSidebarLines || slice.Count - (last + 1) < last + 1)
        {
            return null;
        }

        var beside = parts.Take(last + 1).Where(p => p[0].Count > 0).ToList();
        var widest = parts.Where(p => p[0].Count > 0).Select(p => p[0][^1].Box.Right - p[0][0].Box.Left).DefaultIfEmpty(0).Max();
        if (beside.Count == 0 || beside.Count(p => p[0][^1].Box.Right - p[0][0].Box.Left >= FullLine * widest) < FullShare * beside.Count)
        {
            return null;
        }

        // The text paragraph the sidebar's end cuts is read whole: "…por lo que la Coordinación" ¶ "declaró la existencia de quórum:".
        var steps = Enumerable.Range(1, slice.Count - 1).Select(j => slice[j - 1].Baseline - slice[j].Baseline).Where(s => s > 0).Order().ToList();
        var step = steps.Count == 0 ? 0 : steps[steps.Count / 2];
        var end = last + 1;
        while (end < slice.Count && slice[end - 1].Baseline - slice[end].Baseline <= ParagraphStep * step)
        {
            end++;
        }

        return end < slice.Count ? end : null;
    }
}
