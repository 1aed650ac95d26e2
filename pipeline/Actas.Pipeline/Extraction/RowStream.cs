using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>Flattens the layout model into <see cref="Row"/>s: page breaks vanish, tables become their rows.</summary>
public static partial class RowStream
{
    /// <summary>
    /// A PDF whose paragraphs have no spacing can run a strategy's lines together:
    /// "…formas de explotación Meta 520.1 Derivado de…". Cut a paragraph before each strategy
    /// label that starts a line of its own in prose minutes.
    /// </summary>
    public static IReadOnlyList<string> SplitOnStrategyLabels(string text) => TextCuts.Before(text, EmbeddedLabel());

    [GeneratedRegex(@"(?<=\S\s)(?:(?:Meta|META)\s+\d{3}\.\d{1,2}\.?\s+(?=\p{Lu})|(?:Meta|META)\s*:|(?:Indicador|INDICADOR)\s*:|(?:Instancia|INSTANCIA)\s+(?:ejecutora|Ejecutora|EJECUTORA)\s*:|(?:Informe|INFORME)\s*:|(?:Retroalimentación|RETROALIMENTACIÓN)\s*:|(?:Observaciones|OBSERVACIONES)\s*:|(?:Estrategia|ESTRATEGIA)\s+\d{3}\s*[.:\-])")]
    private static partial Regex EmbeddedLabel();

    public static IReadOnlyList<Row> Build(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rows = new List<Row>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p when !string.IsNullOrWhiteSpace(p.Text):
                    foreach (var piece in SplitOnStrategyLabels(p.Text))
                    {
                        // Word label–tab–value lines ("Lugar:\tInstalaciones…") read like a two-cell row.
                        var parts = piece.Split('\t').Select(s => s.Trim()).ToList();
                        var cells = parts.Count > 1 && parts.Count(s => s.Length > 0) > 1
                            ? parts.Where(s => s.Length > 0).Select((s, i) => new RowCell(i, 1, [s])).ToList()
                            : [new RowCell(0, 1, [string.Join(' ', parts.Where(s => s.Length > 0))])];
                        rows.Add(new Row(cells, p.Location, null, true, p.Role));
                    }

                    break;
                case Table t:
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        var row = t.Rows[r];
                        var rowCells = row.Cells
                            .Where(c => !c.ContinuesAbove)
                            .Select(c => new RowCell(c.Column, Math.Max(1, c.ColumnSpan), c.Paragraphs.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList()))
                            .ToList();
                        var location = t.Location with { Row = r, Page = row.Page ?? t.Location.Page };
                        rows.Add(new Row(rowCells, location, t.Location.Block, t.SpansKnown, ParagraphRole.Body));
                    }

                    break;
            }
        }

        return rows;
    }
}
