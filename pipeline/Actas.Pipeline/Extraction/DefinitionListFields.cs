namespace Actas.Pipeline.Extraction;

/// <summary>
/// Header fields written as a definition list, each term on a line of its own over its value (blind batch Q, Q5, a memoria
/// converted from Markdown: "Lugar" ¶ "Casa de las Muñecas Tiresias, calle…"), or, once printed to PDF, term and value
/// run into one line with no colon ("Lugar Casa de las Muñecas Tiresias, calle…" under "Horario de 17:00 a 19:20 horas"):
/// each becomes one label | value row, as a labelled table would give; in a run of three or more such lines a value may open in
/// lower case (blind batch X, X5: a LaTeX description list "Modalidad sesión a distancia por videoconferencia.").
/// </summary>
public static class DefinitionListFields
{
    public static List<Row> Join(List<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (IsParagraph(row) && i + 1 < rows.Count && IsParagraph(rows[i + 1]) && SessionHeaderExtractor.IsHeaderLabel(row.Text.Trim()) &&
                !row.Text.Contains(':', StringComparison.Ordinal) && !SessionHeaderExtractor.IsHeaderLabel(rows[i + 1].Text.Trim()) &&
                SessionHeaderExtractor.SplitLabel(rows[i + 1]).Label is null)
            {
                // "Lugar" ¶ "Casa de…": the term alone, its value the paragraph under it.
                result.Add(Pair(row, row.Text.Trim(), rows[i + 1].Text.Trim()));
                i++;
                continue;
            }

            if (IsParagraph(row) && SessionHeaderExtractor.SplitLabel(row).Label is null &&
                SessionHeaderExtractor.UnpunctuatedLabel(row.Text.Trim()) is { } split &&
                ((i > 0 && OpensWithTerm(rows[i - 1])) || (i + 1 < rows.Count && OpensWithTerm(rows[i + 1]))))
            {
                // "Horario de 17:00 a 19:20 horas" ¶ "Lugar Casa de…": a term run into its value, beside another such line.
                result.Add(Pair(row, split.Label, split.Value));
                continue;
            }

            if (IsParagraph(row) && SessionHeaderExtractor.SplitLabel(row).Label is null && TermRun(rows, i) >= 3 &&
                SessionHeaderExtractor.UnpunctuatedLabel(row.Text.Trim(), anyCase: true) is { } lower)
            {
                // "Fecha martes 29 de…" ¶ "Horario de 17:00 a 19:00 horas." ¶ "Modalidad sesión a distancia…" (a LaTeX description
                // list): among three or more such lines, a term's value may open in lower case.
                result.Add(Pair(row, lower.Label, lower.Value));
                continue;
            }

            result.Add(row);
        }

        return result;
    }

    /// <summary>How many lines in a row, this one among them, open with a header term.</summary>
    private static int TermRun(List<Row> rows, int i)
    {
        if (!OpensWithTerm(rows[i]))
        {
            return 0;
        }

        var from = i;
        while (from > 0 && OpensWithTerm(rows[from - 1]))
        {
            from--;
        }

        var to = i;
        while (to + 1 < rows.Count && OpensWithTerm(rows[to + 1]))
        {
            to++;
        }

        return to - from + 1;
    }

    private static bool IsParagraph(Row row) => row.Table is null && row.IsSingle;

    /// <summary>A paragraph that opens with a header term and a space, no colon: a definition list's line printed to PDF.</summary>
    private static bool OpensWithTerm(Row row)
    {
        if (!IsParagraph(row))
        {
            return false;
        }

        var words = row.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && Enumerable.Range(1, Math.Min(3, words.Length - 1))
            .Any(k => SessionHeaderExtractor.IsHeaderLabel(string.Join(' ', words[..k])) && !words[k - 1].EndsWith(':'));
    }

    private static Row Pair(Row row, string label, string value) =>
        row with { Cells = [new RowCell(0, 1, [label]), new RowCell(1, 1, [value])] };
}
