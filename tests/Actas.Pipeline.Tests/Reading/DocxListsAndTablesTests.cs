using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Docx;
using static Actas.Pipeline.Tests.Reading.WordXmlFixture;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>DocxReader on Word's automatic numbering, merged and nested tables and section breaks.</summary>
public sealed class DocxListsAndTablesTests : IDisposable
{
    private const string Lists =
        "<w:abstractNum w:abstractNumId=\"1\">" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.%3\"/><w:isLgl/></w:lvl></w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"ListaAcuerdos\"/></w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"3\"><w:styleLink w:val=\"ListaAcuerdos\"/>" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.-\"/><w:pStyle w:val=\"Acuerdo\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2.\"/><w:pStyle w:val=\"Inciso\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>" +
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>" +
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>" +
        "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>" +
        "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>";

    private const string Styles =
        "<w:style w:type=\"numbering\" w:styleId=\"ListaAcuerdos\"><w:name w:val=\"Lista acuerdos\"/><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Acuerdo\"><w:name w:val=\"Acuerdo\"/><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>" +
        "<w:style w:type=\"paragraph\" w:styleId=\"Inciso\"><w:name w:val=\"Inciso\"/><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Docx_roman_and_lettered_lists_continue_across_instances_and_restart_on_override()
    {
        var body = Item(1, 0, "Bienvenida") + Item(1, 1, "Lista") + Item(1, 1, "Quórum") + Item(1, 2, "Detalle") +
            Item(2, 0, "Seguimiento") + Item(2, 1, "Estrategia 520") + Item(3, 0, "Nuevo orden del día") + Item(3, 0, "Acuerdos");

        var labels = Read(body).Blocks.OfType<Paragraph>().Select(p => (p.ListLabel, p.Text, p.Role)).ToList();

        Assert.Equal(
            [("I.", "Bienvenida"), ("a)", "Lista"), ("b)", "Quórum"), ("1.2.1", "Detalle"), ("II.", "Seguimiento"), ("a)", "Estrategia 520"), ("I.", "Nuevo orden del día"), ("II.", "Acuerdos")],
            labels.Select(l => (l.ListLabel, l.Text)));
        Assert.All(labels, l => Assert.Equal(ParagraphRole.ListItem, l.Role));
    }

    [Fact]
    public void Docx_style_linked_numbering_takes_the_level_tied_to_the_paragraph_style()
    {
        var body = Styled("Acuerdo", "Se aprueba el acta") + Styled("Inciso", "por unanimidad") + Styled("Acuerdo", "Próxima sesión el 27 de septiembre");

        var paragraphs = Read(body).Blocks.OfType<Paragraph>().ToList();

        Assert.Equal([("1.-", 1), ("a.", 2), ("2.-", 1)], paragraphs.Select(p => (p.ListLabel, p.Level)));
    }

    [Fact]
    public void Docx_numbering_inside_a_cell_gives_labels_beside_the_text()
    {
        var cell = Cell(Item(1, 1, "Desagregar por sexo") + Item(1, 1, "Reportar el indicador") + P("Sin más comentarios"));

        var read = Assert.Single(Read(Table(1, Row(cell))).Blocks.OfType<Table>()).Rows[0].Cells[0];

        Assert.Equal(["Desagregar por sexo", "Reportar el indicador", "Sin más comentarios"], read.Paragraphs);
        Assert.Equal(["a)", "b)", null], read.ListLabels!);
    }

    [Fact]
    public void Docx_merged_cells_and_grid_before_after_place_cells_on_the_grid()
    {
        var table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" +
            Row(Cell(P("Estrategia 516"), "<w:hMerge w:val=\"restart\"/>"), Cell("<w:p/>", "<w:hMerge w:val=\"continue\"/>"), Cell(P("Meta 516.1"))) +
            Row(Cell(P("PGJ"), "<w:vMerge w:val=\"restart\"/>"), Cell(P("Informe"), "<w:gridSpan w:val=\"2\"/>")) +
            Row(Cell("<w:p/>", "<w:vMerge/>"), Cell(P("No reportó"))) .Replace("<w:tr>", "<w:tr><w:trPr><w:gridAfter w:val=\"1\"/></w:trPr>", StringComparison.Ordinal) +
            Row(Cell(P("SEDESO"))).Replace("<w:tr>", "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>", StringComparison.Ordinal) + "</w:tbl>";

        var read = Assert.Single(Read(table).Blocks.OfType<Table>());

        Assert.Equal(3, read.ColumnCount);
        Assert.Equal([(0, 2, "Estrategia 516"), (2, 1, "Meta 516.1")], read.Rows[0].Cells.Select(c => (c.Column, c.ColumnSpan, c.Text)));
        Assert.True(read.Rows[2].Cells[0].ContinuesAbove);
        Assert.Equal((1, "No reportó"), (read.Rows[2].Cells[1].Column, read.Rows[2].Cells[1].Text));
        Assert.Equal((2, "SEDESO"), (read.Rows[3].Cells[0].Column, read.Rows[3].Cells[0].Text));
    }

    [Fact]
    public void Docx_landscape_section_starts_a_page_and_column_section_keeps_reading_order()
    {
        var landscape = "<w:p><w:pPr><w:sectPr><w:type w:val=\"nextPage\"/><w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/></w:sectPr></w:pPr>" + R("Fin de la sección vertical") + "</w:p>";
        var columns = "<w:p><w:pPr><w:sectPr><w:type w:val=\"continuous\"/><w:cols w:num=\"2\"/></w:sectPr></w:pPr>" + R("Columna izquierda") + "</w:p>";

        var blocks = Read(landscape + P("Tabla apaisada") + columns + P("Columna derecha")).Blocks;

        Assert.Collection(
            blocks,
            b => Assert.Equal(("Fin de la sección vertical", 1), (Assert.IsType<Paragraph>(b).Text, b.Location.Page!.Value)),
            b => Assert.IsType<PageBreak>(b),
            b => Assert.Equal(("Tabla apaisada", 2), (Assert.IsType<Paragraph>(b).Text, b.Location.Page!.Value)),
            b => Assert.Equal("Columna izquierda", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal(("Columna derecha", 2), (Assert.IsType<Paragraph>(b).Text, b.Location.Page!.Value)));
    }

    [Fact]
    public void Docx_nested_tables_three_deep_are_flattened_into_the_outer_cell()
    {
        var inner = Table(2, Row(Cell(P("516.1")), Cell(P("SEDESO"))));
        var middle = Table(2, Row(Cell(P("Meta")), Cell(inner)));
        var outer = Table(1, Row(Cell(P("Estrategia 516") + middle)));

        var cell = Assert.Single(Read(outer).Blocks.OfType<Table>()).Rows[0].Cells[0];

        Assert.Equal(["Estrategia 516", "Meta | 516.1 | SEDESO"], cell.Paragraphs);
    }

    [Fact]
    public void Docx_nested_row_of_one_cell_keeps_each_paragraph_so_two_comments_stay_two()
    {
        var comments = Table(1,
            Row(Cell(P("Comentarios del Espacio"))),
            Row(Cell(P("El reporte presenta datos duros.") + P("Se sugiere desagregar por edad."))));
        var outer = Table(2, Row(Cell(P("Meta 368.1")), Cell(comments)));

        var cell = Assert.Single(Read(outer).Blocks.OfType<Table>()).Rows[0].Cells[1];

        Assert.Equal(["Comentarios del Espacio", "El reporte presenta datos duros.", "Se sugiere desagregar por edad."], cell.Paragraphs);
    }

    [Fact]
    public void Docx_tables_nested_past_the_limit_are_refused_with_a_read_error_not_a_stack_overflow()
    {
        var nested = P("fondo");
        for (var i = 0; i < 40; i++)
        {
            nested = Table(1, Row(Cell(nested)));
        }

        var boxes = P("fondo");
        for (var i = 0; i < 40; i++)
        {
            // VML only: Word's two copies per level would double the file 40 times.
            boxes = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + boxes + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        }

        var runs = "<w:p>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 100)) + R("fondo") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 100)) + "</w:p>";

        var tables = Assert.Throws<ActaReadException>(() => Read(nested));
        Assert.Contains("content controls", Assert.Throws<ActaReadException>(() => Read(runs)).Message, StringComparison.Ordinal);
        var textBoxes = Assert.Throws<ActaReadException>(() => Read(boxes));

        Assert.Equal("corrupt", tables.Code);
        Assert.Contains("nested more than 32 levels deep", tables.Message, StringComparison.Ordinal);
        Assert.Contains("text boxes", textBoxes.Message, StringComparison.Ordinal);
        Assert.Equal("fondo", Assert.Single(Read(nested, new DocxReaderOptions(MaxNesting: 100)).Blocks.OfType<Table>()).Rows[0].Cells[0].Text);
    }

    private static string Item(int numId, int level, string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr>{R(text)}</w:p>";

    private static string Styled(string style, string text) => $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{R(text)}</w:p>";

    private LayoutDocument Read(string body, DocxReaderOptions? options = null)
    {
        var path = _temp.File($"fixture-{Guid.NewGuid():N}.docx");
        new WordXmlFixture().Numbering(Lists).Styles(Styles).Write(path, body);
        return new DocxReader(new DocxPackageGuard(), options ?? DocxReaderOptions.Default).Read(path, ReadOptions.Default);
    }
}
