using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A row of a rubric table (label cell | value cell) whose label names a section and which holds a table nested in the cell,
/// as the readers flatten it (one paragraph per nested row, cells joined by " | "): the label is that section's heading and
/// the nested rows are a table of their own under it (blind batch T, T4: a transparency portal's versión pública,
/// "Acuerdos" over "No. | Acuerdo | Responsable | Fecha límite" ¶ "1 | El Instituto remitirá… | Instituto… | 29/03/2019").
/// Read as one row, the heading is no heading (a row of several cells) and the agreements one run-together cell.
/// </summary>
public static class NestedTableRubric
{
    private const string Bar = " | ";

    /// <summary>The row as a heading, the nested table's rows and the cell's other paragraphs; null for any other row.</summary>
    public static IReadOnlyList<Row>? Expand(IReadOnlyList<RowCell> cells, SourceLocation location, int? table, bool spansKnown)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var paragraphs = cells.SelectMany(c => c.Paragraphs).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (paragraphs.Count < 3 || !paragraphs.Skip(1).Any(p => p.Contains(Bar, StringComparison.Ordinal)))
        {
            return null;
        }

        var heading = new Row([new RowCell(0, 1, [paragraphs[0]])], location, null, spansKnown, ParagraphRole.Body);
        if (paragraphs[0].Contains(Bar, StringComparison.Ordinal) || SectionDetector.Classify(heading) is null || !HasNestedRows(paragraphs))
        {
            return null;
        }

        var rows = new List<Row> { heading };
        foreach (var paragraph in paragraphs.Skip(1))
        {
            var parts = paragraph.Split(Bar).Select(s => s.Trim()).ToList();
            rows.Add(new Row(parts.Select((s, i) => new RowCell(i, 1, s.Length > 0 ? [s] : [])).ToList(), location, table, spansKnown, ParagraphRole.Body));
        }

        return rows;
    }

    /// <summary>Two consecutive paragraphs with the same number of cells, two or more: the rows of a nested table.</summary>
    private static bool HasNestedRows(List<string> paragraphs)
    {
        for (var i = 2; i < paragraphs.Count; i++)
        {
            var bars = Bars(paragraphs[i]);
            if (bars > 0 && bars == Bars(paragraphs[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int Bars(string text)
    {
        var count = 0;
        for (var at = text.IndexOf(Bar, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Bar, at + Bar.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
