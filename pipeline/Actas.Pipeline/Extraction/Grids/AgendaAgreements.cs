using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// The agreements column of a minuta kept as one agenda table (No. | Tema | Desarrollo | Acuerdos; blind batch N, N5): each
/// item's cell holds the agreements taken on it ("A.3.1 Protección Civil enviará… (Resp.: Protección Civil)"). They are
/// gathered in the order of the items and set after the table under an "Acuerdos" heading, one paragraph each, as the
/// agreements section reads a list. A cell with only a dash holds none. The same header repeated on a new page continues
/// the table; there a row without an item number carries the end of the item above, so its cell ends the agreement
/// before it (a row broken across pages).
/// </summary>
internal sealed class AgendaAgreements
{
    private readonly IReadOnlyList<string> _header;
    private readonly int _column;
    private readonly List<(string Text, Row Row, RowCell Cell)> _items = [];
    private readonly HashSet<int> _tables = [];
    private int? _end;

    private AgendaAgreements(IReadOnlyList<string> header, int column)
    {
        _header = header;
        _column = column;
    }

    /// <summary>The agreements column of the agenda table <paramref name="table"/>, or null when its header names none.</summary>
    public static AgendaAgreements? Of(IReadOnlyList<Row> rows, int table)
    {
        var header = rows.FirstOrDefault(r => r.Table == table);
        if (header is null)
        {
            return null;
        }

        var cells = header.NonEmpty.ToList();
        var column = cells.FirstOrDefault(c => ActaVocabulary.AgreementsHeading.IsWhole(TextFold.Key(c.Text)));
        if (cells.Count < 3 || column is null)
        {
            return null;
        }

        var agreements = new AgendaAgreements(Keys(header), column.Column);
        agreements._tables.Add(table);
        return agreements;
    }

    /// <summary>Reads the agreements of a row of the agenda table (or of its continuation); <paramref name="end"/> is where the output stands after it.</summary>
    public void Read(Row row, int end)
    {
        if (row.Table is null || !_tables.Contains(row.Table.Value) && !IsContinuation(row))
        {
            return;
        }

        _tables.Add(row.Table.Value);
        _end = end;
        if (Keys(row).SequenceEqual(_header))
        {
            return;
        }

        var cell = row.NonEmpty.FirstOrDefault(c => c.Column <= _column && _column < c.Column + c.Span);
        var text = cell is null ? "" : string.Join(' ', cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
        if (cell is null || text.Trim('—', '–', '-', ' ').Length == 0)
        {
            return;
        }

        var numbered = row.NonEmpty.Any(c => c.Column < _column && c.Column == row.Cells.Min(x => x.Column));
        if (!numbered && _items.Count > 0)
        {
            // The number cell empty: the row goes on with the item above, broken by a page.
            var last = _items[^1];
            _items[^1] = (last.Text + " " + text, last.Row, last.Cell);
            return;
        }

        _items.AddRange(cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p) && p.Trim('—', '–', '-', ' ').Length > 0).Select(p => (p.Trim(), row, cell)));
    }

    /// <summary>Sets the agreements after the last row of the table.</summary>
    public void InsertInto(List<Row> output)
    {
        if (_items.Count == 0 || _end is not { } end)
        {
            return;
        }

        var first = _items[0];
        var rows = new List<Row> { Paragraph(first.Row, first.Cell, "Acuerdos", Layout.ParagraphRole.Heading) };
        rows.AddRange(_items.Select(i => Paragraph(i.Row, i.Cell, i.Text, Layout.ParagraphRole.Body)));
        output.InsertRange(Math.Min(end, output.Count), rows);
    }

    private bool IsContinuation(Row row) => _tables.Count > 0 && Keys(row).SequenceEqual(_header);

    private static List<string> Keys(Row row) => row.NonEmpty.Select(c => TextFold.Key(c.Text)).ToList();

    private static Row Paragraph(Row row, RowCell cell, string text, Layout.ParagraphRole role) =>
        row with { Cells = [new RowCell(cell.Column, 1, [text])], Table = null, Role = role };
}
