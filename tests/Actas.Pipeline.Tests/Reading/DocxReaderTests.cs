using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using DocumentFormat.OpenXml;
using static Actas.Pipeline.Tests.Reading.DocxFixture;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>DocxReader on small Word files built by the tests.</summary>
public sealed class DocxReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Docx_tab_between_label_and_value_is_kept_as_one_tab()
    {
        var document = Read(Para(new W.Text("Lugar:"), new W.TabChar(), new W.TabChar(), new W.Text("  Instalaciones\u00A0de la  SE ")));

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal("Lugar:\tInstalaciones de la SE", paragraph.Text);
    }

    [Fact]
    public void Docx_line_break_in_body_paragraph_keeps_the_lines_apart()
    {
        // "Dra. Mónica Arreola Pineda⏎SEDESA": a name over its body is two lines, not one name "… Pineda SEDESA".
        var document = Read(Para(new W.Text("Angélica Olivares Ocaranza"), new W.Break(), new W.Text("  Coordinadora ")));

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal(["Angélica Olivares Ocaranza", "Coordinadora"], paragraph.Lines);
    }

    [Fact]
    public void Docx_page_break_run_splits_paragraph_and_counts_pages()
    {
        var document = Read(
            Para(new W.Text("antes"), new W.Break { Type = W.BreakValues.Page }, new W.Text("después")),
            new W.Paragraph(new W.ParagraphProperties(new W.PageBreakBefore()), new W.Run(new W.Text("tercera"))));

        Assert.Collection(
            document.Blocks,
            b => Assert.Equal(("antes", 1), (Assert.IsType<Paragraph>(b).Text, b.Location.Page!.Value)),
            b => Assert.IsType<PageBreak>(b),
            b => Assert.Equal(("después", 2), (Assert.IsType<Paragraph>(b).Text, b.Location.Page!.Value)),
            b => Assert.IsType<PageBreak>(b),
            b => Assert.Equal(("tercera", 3), (Assert.IsType<Paragraph>(b).Text, b.Location.Page!.Value)));
    }

    [Fact]
    public void Docx_without_explicit_breaks_has_no_page_numbers()
    {
        var document = Read(Para("uno"), Para("dos"));

        Assert.All(document.Blocks, b => Assert.Null(b.Location.Page));
        Assert.Equal([0, 1], document.Blocks.Select(b => b.Location.Block));
    }

    [Fact]
    public void Docx_vertical_merge_continuation_is_an_empty_cell_continuing_above()
    {
        var document = Read(Table(
            2,
            Row(Cell("PGJ", merge: W.MergedCellValues.Restart), Cell("uno")),
            Row(Cell("", merge: W.MergedCellValues.Continue), Cell("dos"))));

        var table = Assert.IsType<Table>(Assert.Single(document.Blocks));
        var continued = table.Rows[1].Cells[0];
        Assert.True(continued.ContinuesAbove);
        Assert.Empty(continued.Paragraphs);
        Assert.False(table.Rows[0].Cells[0].ContinuesAbove);
    }

    [Fact]
    public void Docx_break_inside_cell_splits_cell_paragraphs()
    {
        var document = Read(Table(1, Row(Cell(Para(new W.Text("primera"), new W.Break(), new W.Text("segunda")), Para("tercera")))));

        var cell = Assert.IsType<Table>(Assert.Single(document.Blocks)).Rows[0].Cells[0];
        Assert.Equal(["primera", "segunda", "tercera"], cell.Paragraphs);
    }

    [Fact]
    public void Docx_nested_table_is_flattened_one_paragraph_per_row()
    {
        var nested = Table(2, Row(Cell("Meta"), Cell("516.1")), Row(Cell("Indicador"), Cell("Porcentaje")));
        var document = Read(Table(1, Row(Cell(Para("antes"), nested, Para("después")))));

        var cell = Assert.IsType<Table>(Assert.Single(document.Blocks)).Rows[0].Cells[0];
        Assert.Equal(["antes", "Meta | 516.1", "Indicador | Porcentaje", "después"], cell.Paragraphs);
    }

    [Fact]
    public void Docx_grid_before_and_span_place_cells_on_the_grid()
    {
        var row = Row(Cell("b", span: 2));
        row.PrependChild(new W.TableRowProperties(new W.GridBefore { Val = 1 }));
        var document = Read(Table(3, Row(Cell("x"), Cell("y"), Cell("z")), row));

        var table = Assert.IsType<Table>(Assert.Single(document.Blocks));
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal((1, 2), (table.Rows[1].Cells[0].Column, table.Rows[1].Cells[0].ColumnSpan));
    }

    [Fact]
    public void Docx_lettered_numbering_restarts_deeper_levels()
    {
        var numbering = new W.Numbering(
            new W.AbstractNum(
                new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.Decimal }, new W.LevelText { Val = "%1.-" }) { LevelIndex = 0 },
                new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.LowerLetter }, new W.LevelText { Val = "%2)" }) { LevelIndex = 1 })
            { AbstractNumberId = 7 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 7 }) { NumberID = 3 });
        var document = Read(numbering, Numbered("uno", 0), Numbered("uno a", 1), Numbered("uno b", 1), Numbered("dos", 0), Numbered("dos a", 1));

        var labels = document.Blocks.OfType<Paragraph>().Select(p => (p.ListLabel, p.Level)).ToList();
        Assert.Equal([("1.-", 1), ("a)", 2), ("b)", 2), ("2.-", 1), ("a)", 2)], labels);
    }

    [Fact]
    public void Docx_deleted_text_and_field_codes_are_not_text()
    {
        var paragraph = new W.Paragraph(
            new W.Run(new W.Text("visible")),
            new W.DeletedRun(new W.Run(new W.DeletedText("borrado"))),
            new W.Run(new W.FieldCode(" PAGE ")),
            new W.Hyperlink(new W.Run(new W.Text(" enlace"))));

        Assert.Equal("visible enlace", Assert.IsType<Paragraph>(Assert.Single(Read(paragraph).Blocks)).Text);
    }

    [Fact]
    public void Docx_damaged_numbers_are_ignored_or_clamped_not_thrown()
    {
        var table = Assert.IsType<Table>(Assert.Single(Read(Table(2, Row(SpanText("a", "x"), SpanText("b", "99999999999")))).Blocks));

        Assert.Equal(1, table.Rows[0].Cells[0].ColumnSpan);
        Assert.Equal(63, table.Rows[0].Cells[1].ColumnSpan);
    }

    /// <summary>A cell whose gridSpan attribute holds raw text, as a damaged file would.</summary>
    private static W.TableCell SpanText(string text, string span)
    {
        var gridSpan = new W.GridSpan();
        gridSpan.SetAttribute(new OpenXmlAttribute("w", "val", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", span));
        return new W.TableCell(new W.TableCellProperties(gridSpan), Para(text));
    }

    private static W.Paragraph Numbered(string text, int level) => new(
        new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = 3 })),
        new W.Run(new W.Text(text)));

    private LayoutDocument Read(params OpenXmlElement[] body) => Read(null, body);

    private LayoutDocument Read(W.Numbering? numbering, params OpenXmlElement[] body)
    {
        var path = _temp.File($"fixture-{Guid.NewGuid():N}.docx");
        Write(path, body, numbering);
        return new DocxReader().Read(path, ReadOptions.Default);
    }
}
