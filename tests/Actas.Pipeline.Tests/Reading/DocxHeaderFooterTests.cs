using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using static Actas.Pipeline.Tests.Reading.WordXmlFixture;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>DocxReader on page headers, footers and text boxes, where some actas keep their title and date.</summary>
public sealed class DocxHeaderFooterTests : IDisposable
{
    private const string PageField =
        "<w:r><w:t xml:space=\"preserve\">Página </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
        "<w:r><w:t xml:space=\"preserve\"> de </w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>3</w:t></w:r></w:fldSimple>";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Docx_title_and_date_only_in_header_are_read_before_the_body_once()
    {
        var fixture = new WordXmlFixture()
            .Header("rH1", P("ACTA DE LA TRIGÉSIMA SESIÓN ORDINARIA") + P("14 de marzo de 2019"))
            .Footer("rF1", P("Espacio de Participación de Trata"));
        var body = P("Primera sección") +
            "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rH1\"/><w:footerReference w:type=\"default\" r:id=\"rF1\"/><w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/></w:sectPr></w:pPr></w:p>" +
            P("Segunda sección") +
            "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rH1\"/><w:footerReference w:type=\"default\" r:id=\"rF1\"/></w:sectPr>";

        var document = Read(fixture, body);

        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal(
            ["ACTA DE LA TRIGÉSIMA SESIÓN ORDINARIA", "14 de marzo de 2019", "Primera sección", "Segunda sección", "Espacio de Participación de Trata"],
            paragraphs.Select(p => p.Text));
        Assert.Equal(
            [DocumentRegion.Header, DocumentRegion.Header, null, null, DocumentRegion.Footer],
            paragraphs.Select(p => p.Location.Region));
        Assert.Contains("header", paragraphs[0].Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_later_section_own_header_is_read_where_that_section_starts()
    {
        // A section per strategy, each naming its strategy only in its own page header; the last section goes back to the first header.
        var fixture = new WordXmlFixture()
            .Header("rMain", P("Programa de Derechos Humanos · Espacio de Participación de las Personas Mayores"))
            .Header("rS1", P("Estrategia 402") + P("Ampliar la atención geriátrica"))
            .Header("rS2", P("Estrategia 405") + P("Prevenir el abandono"));
        static string Break(string id) =>
            $"<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"{id}\"/><w:type w:val=\"nextPage\"/></w:sectPr></w:pPr></w:p>";
        var body = P("ACTA DE LA CUARTA SESIÓN") + Break("rMain") +
            P("1) Meta 402.1. Abrir consultorios.") + Break("rS1") +
            P("1) Meta 405.1. Visitar a las personas solas.") + Break("rS2") +
            P("ACUERDOS") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rMain\"/></w:sectPr>";

        var paragraphs = Read(fixture, body).Blocks.OfType<Paragraph>().ToList();

        Assert.Equal(
            [
                "Programa de Derechos Humanos · Espacio de Participación de las Personas Mayores", "ACTA DE LA CUARTA SESIÓN",
                "Estrategia 402", "Ampliar la atención geriátrica", "1) Meta 402.1. Abrir consultorios.",
                "Estrategia 405", "Prevenir el abandono", "1) Meta 405.1. Visitar a las personas solas.", "ACUERDOS",
            ],
            paragraphs.Select(p => p.Text));
        Assert.Equal(DocumentRegion.Header, paragraphs[5].Location.Region);
    }

    [Fact]
    public void Docx_first_page_header_counts_only_with_title_page_and_repeated_text_is_read_once()
    {
        var fixture = new WordXmlFixture()
            .Header("rFirst", P("Comisión de Derechos Humanos") + P("Vigésima Cuarta Reunión de Trabajo"))
            .Header("rDefault", P("Comisión de Derechos Humanos"))
            .Header("rUnused", P("Borrador"));
        var withTitlePage = "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rFirst\"/><w:headerReference w:type=\"default\" r:id=\"rDefault\"/><w:headerReference w:type=\"even\" r:id=\"rUnused\"/><w:titlePg/></w:sectPr>";

        var document = Read(fixture, P("Cuerpo") + withTitlePage);

        Assert.Equal(
            ["Comisión de Derechos Humanos", "Vigésima Cuarta Reunión de Trabajo", "Cuerpo"],
            document.Blocks.OfType<Paragraph>().Select(p => p.Text));

        var withoutTitlePage = withTitlePage.Replace("<w:titlePg/>", "", StringComparison.Ordinal);
        Assert.Equal(["Comisión de Derechos Humanos", "Cuerpo"], Read(fixture, P("Cuerpo") + withoutTitlePage).Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Docx_even_page_header_counts_when_settings_ask_for_it()
    {
        var fixture = new WordXmlFixture()
            .Header("rDefault", P("Acta 23"))
            .Header("rEven", P("Sesión del 11 de septiembre de 2018"))
            .Settings("<w:evenAndOddHeaders/>");
        var body = P("Cuerpo") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rDefault\"/><w:headerReference w:type=\"even\" r:id=\"rEven\"/></w:sectPr>";

        Assert.Equal(["Acta 23", "Sesión del 11 de septiembre de 2018", "Cuerpo"], Read(fixture, body).Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Docx_page_numbers_in_footer_are_not_content()
    {
        var fixture = new WordXmlFixture()
            .Footer("rF1", "<w:p>" + PageField + "</w:p>" + P("Programa de Derechos Humanos, hoja ") .Replace("</w:p>", "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>", StringComparison.Ordinal));
        var body = P("Cuerpo") + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rF1\"/></w:sectPr>";

        var document = Read(fixture, body);

        Assert.Equal(["Cuerpo", "Programa de Derechos Humanos, hoja"], document.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Docx_header_table_keeps_its_cells_and_a_block_of_its_own()
    {
        var header = Table(2, Row(Cell(P("Reunión de trabajo No. 24")), Cell(P("Fecha: 27/09/2018"))));
        var fixture = new WordXmlFixture().Header("rH1", header);
        var body = Table(1, Row(Cell(P("Nombre")))) + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rH1\"/></w:sectPr>";

        var tables = Read(fixture, body).Blocks.OfType<Table>().ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(DocumentRegion.Header, tables[0].Location.Region);
        Assert.Equal(["Reunión de trabajo No. 24", "Fecha: 27/09/2018"], tables[0].Rows[0].Cells.Select(c => c.Text));
        Assert.Null(tables[1].Location.Region);
        Assert.NotEqual(tables[0].Location.Block, tables[1].Location.Block);
    }

    [Fact]
    public void Docx_text_box_written_twice_by_word_is_read_once_as_its_own_paragraphs()
    {
        var box = TextBoxRun(P("ACTA DE LA VIGÉSIMA TERCERA REUNIÓN") + P("11 de septiembre de 2018"));
        var body = "<w:p>" + box + R("En la Ciudad de México, siendo las 10:00 horas") + "</w:p>" + P("Orden del día");

        var paragraphs = Read(new WordXmlFixture(), body).Blocks.OfType<Paragraph>().ToList();

        Assert.Equal(
            ["ACTA DE LA VIGÉSIMA TERCERA REUNIÓN", "11 de septiembre de 2018", "En la Ciudad de México, siendo las 10:00 horas", "Orden del día"],
            paragraphs.Select(p => p.Text));
        Assert.Equal([DocumentRegion.TextBox, DocumentRegion.TextBox, null, null], paragraphs.Select(p => p.Location.Region));
        Assert.Equal(0, paragraphs[0].Location.Block);
    }

    [Fact]
    public void Docx_text_box_anchored_after_text_follows_its_paragraph()
    {
        var body = "<w:p>" + R("Se tomó lista de asistencia.") + TextBoxRun(P("Quórum: 12 de 15")) + "</w:p>";

        Assert.Equal(["Se tomó lista de asistencia.", "Quórum: 12 de 15"], Read(new WordXmlFixture(), body).Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Docx_vml_only_text_box_and_text_box_in_a_cell_and_in_a_header_are_read()
    {
        var vml = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + P("Sesión ordinaria 5") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        var table = Table(1, Row(Cell("<w:p>" + R("Meta 520.1") + TextBoxRun(P("Nota al margen")) + "</w:p>")));
        var fixture = new WordXmlFixture().Header("rH1", "<w:p>" + TextBoxRun(P("Comité de Salud")) + "</w:p>");

        var document = Read(fixture, vml + table + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rH1\"/></w:sectPr>");

        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal(["Comité de Salud", "Sesión ordinaria 5"], paragraphs.Select(p => p.Text));
        Assert.Equal([DocumentRegion.Header, DocumentRegion.TextBox], paragraphs.Select(p => p.Location.Region));
        Assert.Equal(["Meta 520.1", "Nota al margen"], Assert.Single(document.Blocks.OfType<Table>()).Rows[0].Cells[0].Paragraphs);
    }

    [Fact]
    public void Docx_floating_sidebar_anchored_in_the_title_is_read_once_after_the_opening_text()
    {
        const string Bold = "<w:r><w:rPr><w:b/></w:rPr><w:t>{0}</w:t></w:r>";
        var sidebar = P("PERSONAS PRESENTES") + P("Lucía Herrera Ortiz") + P("Instituto de las Mujeres");
        var title = "<w:p>" + SidebarRun(sidebar) + string.Format(Bold, "MINUTA DE LA CUARTA REUNIÓN DE TRABAJO") + "</w:p>";
        var body = title + "<w:p>" + string.Format(Bold, "Comité de Seguimiento del Derecho a la Salud") + "</w:p>" +
            P("El 3 de junio de 2021, a las 10:00 horas, se reunieron las personas que se anotan al costado.") + P("Orden del día");

        var paragraphs = Read(new WordXmlFixture(), body).Blocks.OfType<Paragraph>().ToList();

        Assert.Equal(
            ["MINUTA DE LA CUARTA REUNIÓN DE TRABAJO", "Comité de Seguimiento del Derecho a la Salud",
             "El 3 de junio de 2021, a las 10:00 horas, se reunieron las personas que se anotan al costado.",
             "PERSONAS PRESENTES", "Lucía Herrera Ortiz", "Instituto de las Mujeres", "Orden del día"],
            paragraphs.Select(p => p.Text));
        Assert.Equal(DocumentRegion.TextBox, paragraphs[3].Location.Region);

        // The same box as a VML shape alone, anchored in an empty paragraph above the title.
        var vml = "<w:p>" + SidebarRun(sidebar, vmlOnly: true) + "</w:p>" + body[title.Length..].Insert(0, "<w:p>" + string.Format(Bold, "MINUTA") + "</w:p>");
        Assert.Equal(
            ["MINUTA", "Comité de Seguimiento del Derecho a la Salud",
             "El 3 de junio de 2021, a las 10:00 horas, se reunieron las personas que se anotan al costado.",
             "PERSONAS PRESENTES", "Lucía Herrera Ortiz", "Instituto de las Mujeres", "Orden del día"],
            Read(new WordXmlFixture(), vml).Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Docx_wrapped_box_wider_than_tall_is_body_content_and_stays_where_it_is_anchored()
    {
        // LibreOffice saves a legacy .doc's wrapped table as a square-wrapped box wider than tall: not a strip beside the text.
        var box = P("Meta 210.4") + P("Informe: se entregaron 40 apoyos.");
        foreach (var vmlOnly in new[] { false, true })
        {
            var body = P("Estrategia 210") + "<w:p>" + SidebarRun(box, vmlOnly, wide: true) + "<w:r><w:t>Retroalimentación</w:t></w:r></w:p>" + P("Sin comentarios.");

            Assert.Equal(
                ["Estrategia 210", "Meta 210.4", "Informe: se entregaron 40 apoyos.", "Retroalimentación", "Sin comentarios."],
                Read(new WordXmlFixture(), body).Blocks.OfType<Paragraph>().Select(p => p.Text));
        }
    }

    private LayoutDocument Read(WordXmlFixture fixture, string body)
    {
        var path = _temp.File($"fixture-{Guid.NewGuid():N}.docx");
        fixture.Write(path, body);
        return new DocxReader().Read(path, ReadOptions.Default);
    }
}
