using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>Flattens the layout model into <see cref="Row"/>s: page breaks vanish, tables become their rows.</summary>
public static class RowStream
{
    public static IReadOnlyList<Row> Build(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rows = new List<Row>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p when !string.IsNullOrWhiteSpace(p.Text):
                    // Word label–tab–value lines ("Lugar:\tInstalaciones…") read like a two-cell row.
                    var parts = p.Text.Split('\t').Select(s => s.Trim()).ToList();
                    var cells = parts.Count > 1 && parts.Count(s => s.Length > 0) > 1
                        ? parts.Where(s => s.Length > 0).Select((s, i) => new RowCell(i, 1, [s])).ToList()
                        : [new RowCell(0, 1, [string.Join(' ', parts.Where(s => s.Length > 0))])];
                    rows.Add(new Row(cells, p.Location, null, true, p.Role));
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
