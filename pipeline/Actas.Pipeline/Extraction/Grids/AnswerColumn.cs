using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A table of remarks with the institution's answer to each beside it (blind batch AH, AH2):
/// <code>
/// Observación del Espacio                     | Respuesta de la institución
/// Se solicita el padrón de personas usuarias.  | La dependencia lo enviará por correo.
/// </code>
/// The answer column is what the body asked replied, no remark of the Espacio: its cells are dropped from the header on down
/// to the table's end (a header repeated after a page break keeps it dropped), and the remark column is read as any list of
/// remarks under its label. A header needs the answer column and a remark column (Observaciones, Retroalimentación,
/// Comentarios…) beside it; a table without one is left as it is.
/// </summary>
public static class AnswerColumn
{
    public static IReadOnlyList<Row> Strip(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? output = null;
        int? table = null;
        RowCell? answer = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Table is null || row.Table != table)
            {
                table = null;
                answer = null;
            }

            if (row.Table is not null && Header(row) is { } found)
            {
                table = row.Table;
                answer = found;
            }

            if (answer is null)
            {
                output?.Add(row);
                continue;
            }

            output ??= rows.Take(i).ToList();
            var kept = row.Cells.Where(c => !Within(c, answer)).ToList();
            if (kept.Any(c => !c.IsEmpty))
            {
                output.Add(row with { Cells = kept });
            }
        }

        return output ?? rows;
    }

    /// <summary>The header cell of the answer column, when the row is a header with a remark column beside it.</summary>
    private static RowCell? Header(Row row)
    {
        var cells = row.NonEmpty.ToList();
        if (cells.Count < 2 || cells.Count > 4)
        {
            return null;
        }

        var answer = cells.FirstOrDefault(c => ActaVocabulary.AnswerColumn.IsWhole(c.Text.Trim().TrimEnd(':')));
        return answer is not null && cells.Any(c => c != answer && IsRemarkHeader(c.Text.Trim().TrimEnd(':'))) ? answer : null;
    }

    private static bool IsRemarkHeader(string text) =>
        ActaVocabulary.Observation.IsWhole(text) || ActaVocabulary.Feedback.IsWhole(text) || ActaVocabulary.RemarkColumn.IsWhole(text);

    /// <summary>A cell that lies inside the answer column (a cell spanning it and the remarks, a strategy's title, stays).</summary>
    private static bool Within(RowCell cell, RowCell answer) =>
        cell.Column >= answer.Column && cell.Column + cell.Span <= answer.Column + answer.Span;
}
