using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using static Actas.Pipeline.Tests.Reading.WordXmlFixture;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>DocxReader on tracked changes, notes, comments, fields, content controls and the small run-level elements.</summary>
public sealed class DocxRevisionsAndFieldsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Docx_tracked_changes_read_as_the_final_text()
    {
        var body = "<w:p>" + R("Se atendió a ") +
            "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>35</w:delText></w:r></w:del>" +
            "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>45</w:t></w:r></w:ins>" + R(" víctimas") +
            "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t> de trata</w:t></w:r></w:moveFrom>" + R(" en 2018") +
            "<w:moveTo w:id=\"4\" w:author=\"A\"><w:r><w:t> de trata</w:t></w:r></w:moveTo>" + R(".") + "</w:p>";

        Assert.Equal("Se atendió a 45 víctimas en 2018 de trata.", Text(Read(body)));
    }

    [Fact]
    public void Docx_deleted_paragraph_mark_joins_the_paragraph_to_the_next_and_deleted_rows_go()
    {
        var joined = "<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr></w:pPr>" + R("La SEDESA informó que ") + "</w:p>" + P("concluyó el programa.");
        var gone = "<w:p><w:pPr><w:rPr><w:del w:id=\"2\" w:author=\"A\"/></w:rPr></w:pPr><w:del w:id=\"3\" w:author=\"A\"><w:r><w:delText>Párrafo borrado</w:delText></w:r></w:del></w:p>";
        var table = Table(1, Row(Cell(P("Meta 520.1"))), "<w:tr><w:trPr><w:del w:id=\"4\" w:author=\"A\"/></w:trPr>" + Cell(P("fila borrada")) + "</w:tr>", Row(Cell(P("Meta 520.2"))));

        var document = Read(joined + gone + P("Siguiente") + table);

        Assert.Equal(["La SEDESA informó que concluyó el programa.", "Siguiente"], document.Blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.Equal(["Meta 520.1", "Meta 520.2"], Assert.Single(document.Blocks.OfType<Table>()).Rows.Select(r => r.Cells[0].Text));
    }

    [Fact]
    public void Docx_note_and_comment_marks_are_never_digits_of_a_figure()
    {
        var footnote = "<w:r><w:rPr><w:rStyle w:val=\"Refdenotaalpie\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>";
        var handMade = "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>2</w:t></w:r>";
        var customMark = "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"2\"/><w:t>*</w:t></w:r>";
        var comment = "<w:commentRangeStart w:id=\"0\"/>" + R(" personas") + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>";
        var cell = Cell("<w:p>" + R("45") + footnote + R(" víctimas") + "</w:p><w:p>" + R("1,200") + handMade + comment + R(" y 30") + customMark + "</w:p>");

        var document = Read(Table(1, Row(cell)));

        Assert.Equal(["45 víctimas", "1,200 personas y 30"], Assert.Single(document.Blocks.OfType<Table>()).Rows[0].Cells[0].Paragraphs);
        var issue = Assert.Single(document.Issues);
        Assert.Equal(("docx-notes-not-read", Severity.Info), (issue.Code, issue.Severity));
        Assert.StartsWith("3 footnote", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_superscript_ordinal_letters_stay()
    {
        var body = "<w:p>" + R("24") + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>a</w:t></w:r>" + R(" Sesión") + "</w:p>";

        Assert.Equal("24a Sesión", Text(Read(body)));
    }

    [Fact]
    public void Docx_field_instruction_is_not_content_its_result_is()
    {
        var complex = "<w:p>" + R("Fecha: ") +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"d 'de' MMMM 'de' yyyy\" </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>14 de marzo de 2019</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        var nested = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD x </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>oculto</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:r><w:instrText> = 1 \"sí\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Sesión 24</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        var simple = "<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;http://x&quot; \"><w:r><w:t>Programa de Derechos Humanos</w:t></w:r></w:fldSimple></w:p>";

        var document = Read(complex + nested + simple);

        Assert.Equal(["Fecha: 14 de marzo de 2019", "Sesión 24", "Programa de Derechos Humanos"], document.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Docx_legacy_form_fields_read_as_what_the_form_shows_when_they_have_no_result_text()
    {
        static string Form(string data, string instruction, string result = "") =>
            $"<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"F\"/><w:enabled/>{data}</w:ffData></w:fldChar></w:r>" +
            $"<w:r><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r>" +
            (result.Length > 0 ? "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R(result) : "") +
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        const string Kinds = "<w:listEntry w:val=\"Dependencia\"/><w:listEntry w:val=\"Organización civil\"/><w:listEntry w:val=\"Academia\"/>";
        var chosen = Form("<w:ddList><w:result w:val=\"2\"/>" + Kinds + "</w:ddList>", "FORMDROPDOWN");
        var untouched = Form("<w:ddList>" + Kinds + "</w:ddList>", "FORMDROPDOWN");
        var typedResult = Form("<w:ddList><w:result w:val=\"1\"/>" + Kinds + "</w:ddList>", "FORMDROPDOWN", "Organización civil");
        var ticked = Form("<w:checkBox><w:sizeAuto/><w:default w:val=\"0\"/><w:checked/></w:checkBox>", "FORMCHECKBOX");
        var byDefault = Form("<w:checkBox><w:size w:val=\"20\"/><w:default w:val=\"1\"/></w:checkBox>", "FORMCHECKBOX");
        var unticked = Form("<w:checkBox><w:sizeAuto/><w:default w:val=\"1\"/><w:checked w:val=\"0\"/></w:checkBox>", "FORMCHECKBOX");
        var text = Form("<w:textInput/>", "FORMTEXT", "Mtra. Elena Ruiz");
        var row = Row(Cell("<w:p>" + text + "</w:p>"), Cell("<w:p>" + chosen + "</w:p>"), Cell("<w:p>" + untouched + "</w:p>"), Cell("<w:p>" + typedResult + "</w:p>"));
        var boxes = "<w:p>" + R("¿Entregó informe? ") + ticked + R(" Sí ") + unticked + R(" No ") + byDefault + R(" Parcial") + "</w:p>";

        var document = Read(Table(4, row) + boxes);

        Assert.Equal(["Mtra. Elena Ruiz", "Academia", "Dependencia", "Organización civil"], Assert.Single(document.Blocks.OfType<Table>()).Rows[0].Cells.Select(c => c.Text));
        Assert.Equal("¿Entregó informe? ☒ Sí ☐ No ☒ Parcial", Assert.Single(document.Blocks.OfType<Paragraph>()).Text);
    }

    [Fact]
    public void Docx_content_controls_smart_tags_custom_xml_and_links_are_looked_through_placeholders_are_not_content()
    {
        var runLevel = "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"Fecha\"/></w:sdtPr><w:sdtContent>" + R("27 de ") + "</w:sdtContent></w:sdt>" +
            "<w:smartTag w:uri=\"u\" w:element=\"date\"><w:smartTagPr><w:attr w:name=\"Month\" w:val=\"9\"/></w:smartTagPr>" + R("septiem") + "</w:smartTag>" +
            "<w:customXml w:element=\"x\">" + R("bre de 2018") + "</w:customXml>" +
            "<w:hyperlink r:id=\"rX\">" + R(" (acta)") + "</w:hyperlink></w:p>";
        var placeholder = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + P("Haga clic aquí para escribir texto.") + "</w:sdtContent></w:sdt>";
        var rowAndCell = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent>" + Cell(P("Nombre")) +
            "</w:sdtContent></w:sdt><w:customXml w:element=\"c\">" + Cell(P("Institución")) + "</w:customXml></w:tr></w:sdtContent></w:sdt></w:tbl>";
        var blockLevel = "<w:sdt><w:sdtContent>" + Table(1, Row(Cell(P("primera")))) + Table(1, Row(Cell(P("segunda")))) + "</w:sdtContent></w:sdt>";

        var document = Read(runLevel + placeholder + rowAndCell + blockLevel);

        Assert.Equal(["27 de septiembre de 2018 (acta)"], document.Blocks.OfType<Paragraph>().Select(p => p.Text));
        var tables = document.Blocks.OfType<Table>().ToList();
        Assert.Equal(["Nombre", "Institución"], tables[0].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal([0, 1], tables[0].Rows[0].Cells.Select(c => c.Column));
        Assert.Equal(["primera", "segunda"], tables.Skip(1).Select(t => t.Rows[0].Cells[0].Text));
        Assert.NotEqual(tables[1].Location.Block, tables[2].Location.Block);
    }

    [Fact]
    public void Docx_symbols_hyphens_spaces_tabs_and_breaks_in_cells_read_as_shown()
    {
        var cell = Cell(
            "<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:t xml:space=\"preserve\"> Asistió</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>SEDESO</w:t><w:noBreakHyphen/><w:t>DGIDS</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>capaci</w:t><w:softHyphen/><w:t>tación</w:t></w:r><w:r><w:t xml:space=\"preserve\">\u00A0a\u00A0</w:t></w:r><w:r><w:t>35 perso</w:t></w:r><w:r><w:t>nas</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>Informe:</w:t><w:tab/><w:t>No reportó</w:t><w:br/><w:t>Observaciones</w:t><w:cr/><w:t>Ninguna</w:t></w:r></w:p>" +
            "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>texto oculto</w:t></w:r></w:p>");

        var paragraphs = Assert.Single(Read(Table(1, Row(cell))).Blocks.OfType<Table>()).Rows[0].Cells[0].Paragraphs;

        Assert.Equal(["✓ Asistió", "SEDESO-DGIDS", "capacitación a 35 personas", "Informe:\tNo reportó", "Observaciones", "Ninguna"], paragraphs);
    }

    [Fact]
    public void Docx_soft_line_breaks_in_a_body_paragraph_are_kept_as_its_lines()
    {
        var document = Read(
            "<w:p><w:r><w:t>Sociedad civil:</w:t><w:br/><w:t xml:space=\"preserve\">Rosa Vela Ibarra  — Casa Amiga, A.C.</w:t><w:cr/><w:t>Joel Mora Páez</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>Sin saltos</w:t></w:r></w:p>");

        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();

        Assert.Equal("Sociedad civil: Rosa Vela Ibarra — Casa Amiga, A.C. Joel Mora Páez", paragraphs[0].Text);
        Assert.Equal(["Sociedad civil:", "Rosa Vela Ibarra — Casa Amiga, A.C.", "Joel Mora Páez"], paragraphs[0].Lines!);
        Assert.Null(paragraphs[1].Lines);
    }

    private static string Text(LayoutDocument document) => Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Text;

    private LayoutDocument Read(string body)
    {
        var path = _temp.File($"fixture-{Guid.NewGuid():N}.docx");
        new WordXmlFixture().Write(path, body);
        return new DocxReader().Read(path, ReadOptions.Default);
    }
}
