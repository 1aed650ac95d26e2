using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A goal's report set in a shaded one-cell box whose first paragraph is its label alone (blind batch T, T6: "INFORME DE LA
/// INSTANCIA" ¶ "Operan 214 círculos de alfabetización…"): the box is read as the label row "INFORME DE LA INSTANCIA: text".
/// </summary>
public static class LabelledBox
{
    public static IReadOnlyList<Row> Rewrite(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is { Table: { } table, IsSingle: true } && (i == 0 || rows[i - 1].Table != table) && (i + 1 == rows.Count || rows[i + 1].Table != table) &&
                row.NonEmpty.Single().Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: >= 2 } paragraphs &&
                StrategyLabels.Read(paragraphs[0]) is { Field: StrategyField.Report, Rest.Length: 0 })
            {
                result ??= [.. rows.Take(i)];
                var text = paragraphs[0].Trim().TrimEnd(':') + ": " + string.Join(' ', paragraphs.Skip(1).Select(p => p.Trim()));
                result.Add(new Row([new RowCell(0, 1, [text])], row.Location, null, row.SpansKnown, ParagraphRole.Body));
                continue;
            }

            result?.Add(row);
        }

        return result ?? rows;
    }
}
