using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Layout;

public sealed class PageBreakCellJoinerTests
{
    private static readonly SourceLocation At = new(null, 0);

    private static TableRow Row(bool afterBreak, params string[] cells) =>
        new(cells.Select((c, i) => new TableCell(i, 1, c.Length == 0 ? [] : [c])).ToList(), null, afterBreak);

    [Fact]
    public void Table_split_by_a_page_break_is_joined_and_the_split_cell_too()
    {
        var first = new Table([Row(false, "INFORME", "", ""), Row(false, "No reportó", "programas y protocolos de", "Durante el periodo…")], 3, true, At);
        var second = new Table([Row(false, "", "asistencia a víctimas en México.", ""), Row(false, "Retroalimentación", "", "")], 3, true, At with { Block = 2 });
        var document = new LayoutDocument("a.docx", "docx", new string('0', 64), null, [first, new PageBreak(At with { Block = 1 }), second], []);

        var joined = new PageBreakCellJoiner().Join(document);

        var table = Assert.IsType<Table>(Assert.Single(joined.Blocks));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("programas y protocolos de asistencia a víctimas en México.", table.Rows[1].Cells[1].Text);
        Assert.Contains(joined.Issues, i => i.Code == "table-joined");
    }

    [Fact]
    public void Row_after_a_break_that_starts_a_new_sentence_stays_a_row()
    {
        var table = new Table([Row(false, "Lo que se reporta no coincide.", "x."), Row(true, "Las acciones de capacitación pueden…", "")], 2, false, At);
        var joined = new PageBreakCellJoiner().Join(new LayoutDocument("a.txt", "txt", new string('0', 64), null, [table], []));
        Assert.Equal(2, Assert.IsType<Table>(joined.Blocks[0]).Rows.Count);
    }

    [Fact]
    public void Tables_with_different_grids_are_not_joined()
    {
        var first = new Table([Row(false, "a de", "b")], 2, true, At);
        var second = new Table([Row(false, "c", "d", "e")], 3, true, At);
        var joined = new PageBreakCellJoiner().Join(new LayoutDocument("a.pdf", "pdf", new string('0', 64), 2, [first, new PageBreak(At), second], []));
        Assert.Equal(2, joined.Blocks.OfType<Table>().Count());
    }

    [Fact]
    public void Row_after_a_break_without_the_item_number_every_other_row_opens_with_continues_the_last()
    {
        // Neither cell reads as a sentence cut mid-way ("Cinco…" starts in capitals), but the grid numbers its rows.
        var table = new Table(
        [
            Row(false, "Meta", "Responsable", "Informe"),
            Row(false, "4.1", "Casa de", "Se abrieron"),
            Row(true, "Talleres nuevos.", "Cultura Norte", "Cinco talleres."),
            Row(false, "4.2", "Alcaldía Sur", "Sin informe."),
        ], 3, true, At);

        var joined = Assert.IsType<Table>(new PageBreakCellJoiner().Join(Document(table)).Blocks[0]);

        Assert.Equal(3, joined.Rows.Count);
        Assert.Equal(["4.1", "Talleres nuevos."], joined.Rows[1].Cells[0].Paragraphs);
        Assert.Equal("Casa de Cultura Norte", joined.Rows[1].Cells[1].Text);
        Assert.Equal("Se abrieron Cinco talleres.", joined.Rows[1].Cells[2].Text);
    }

    [Fact]
    public void Unnumbered_row_after_a_break_stays_a_row_when_other_rows_are_unnumbered_too()
    {
        var table = new Table(
        [
            Row(false, "Meta", "Informe"),
            Row(false, "4.1", "Se abrieron"),
            Row(false, "Observaciones", "Ninguna."),
            Row(true, "Talleres nuevos.", "Cinco talleres."),
            Row(false, "4.2", "Sin informe."),
        ], 2, true, At);

        var joined = Assert.IsType<Table>(new PageBreakCellJoiner().Join(Document(table)).Blocks[0]);

        Assert.Equal(5, joined.Rows.Count);
    }

    private static LayoutDocument Document(params LayoutBlock[] blocks) => new("a.pdf", "pdf", new string('0', 64), 2, blocks, []);
}
