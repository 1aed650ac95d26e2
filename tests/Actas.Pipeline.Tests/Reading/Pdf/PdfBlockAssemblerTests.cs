using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class PdfBlockAssemblerTests
{
    private static Table HeaderTable(int page, string version) => new(
        [
            new TableRow([new TableCell(0, 1, ["PDHCDMX"]), new TableCell(1, 1, ["Secretaría Ejecutiva"]), new TableCell(2, 1, ["Clave: SE-EP-02"])]),
            new TableRow([new TableCell(0, 1, [""]), new TableCell(1, 1, ["Formato de minuta"]), new TableCell(2, 1, [$"Versión {version}"])]),
        ],
        3, true, new SourceLocation(page, 0, Box: new BoundingBox(57, 780, 540, 820)));

    [Fact]
    public void Cards_of_a_bold_name_over_plain_lines_a_line_step_apart_are_paragraphs_with_soft_lines()
    {
        // Lines 11.5 pt apart inside a card, 15.5 pt between cards: Word's line breaks, printed. The body's
        // own wrap ("…de Riesgos y" / "Protección Civil") is no break.
        PdfLine[] lines =
        [
            Line("Gobierno", 57, 700),
            Line("Arq. Laura Méndez Ríos", 57, 684.5, bold: true),
            Line("Directora de Riesgos", 57, 673),
            Line("Secretaría de Gestión Integral de Riesgos y", 57, 661.5),
            Line("Protección Civil", 57, 650),
            Line("Lic. Norma Estrada Lugo", 57, 634.5, bold: true),
            Line("Jefa de Protección Civil", 57, 623),
            Line("Alcaldía Tlalpan", 57, 611.5),
        ];
        var pages = new[] { new PdfPageContent(1, 842, lines, [], 40) };

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []);

        var paragraphs = blocks.OfType<Paragraph>().ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal(["Arq. Laura Méndez Ríos", "Directora de Riesgos", "Secretaría de Gestión Integral de Riesgos y Protección Civil"], paragraphs[1].Lines);
        Assert.Equal(["Lic. Norma Estrada Lugo", "Jefa de Protección Civil", "Alcaldía Tlalpan"], paragraphs[2].Lines);
    }

    [Fact]
    public void A_page_s_footnotes_come_after_all_the_text_as_footnote_paragraphs()
    {
        var notes = new[] { new PdfFootnote("1 Informe de la Secretaría de Salud, meta 318.1: 40 pruebas.", new BoundingBox(57, 120, 540, 132)) };
        var pages = new[]
        {
            new PdfPageContent(1, 842, [Line("presentó el informe que se transcribe al pie.", 57, 700)], [], 10, Footnotes: notes),
            new PdfPageContent(2, 842, [Line("Acuerdos de la sesión.", 57, 700)], [], 5),
        };

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []);

        var note = Assert.IsType<Paragraph>(blocks[^1]);
        Assert.Equal((notes[0].Text, DocumentRegion.Footnote, 1), (note.Text, note.Location.Region, note.Location.Page));
        Assert.Equal("Acuerdos de la sesión.", Assert.IsType<Paragraph>(blocks[^2]).Text);
    }

    [Fact]
    public void A_single_bold_heading_over_its_text_is_no_card()
    {
        PdfLine[] lines =
        [
            Line("Observaciones", 57, 700, bold: true),
            Line("Es necesario que se reporten los lugares y", 57, 688.5),
            Line("las fechas de los cursos.", 57, 677),
            Line("Se recomienda establecer el programa anual de", 57, 661.5),
            Line("simulacros que mandata la meta.", 57, 650),
        ];
        var pages = new[] { new PdfPageContent(1, 842, lines, [], 30) };

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []);

        Assert.All(blocks.OfType<Paragraph>(), p => Assert.Null(p.Lines));
        Assert.Equal(ParagraphRole.Heading, blocks.OfType<Paragraph>().First().Role);
    }

    [Fact]
    public void A_template_header_table_at_the_top_of_every_page_is_read_once()
    {
        var pages = new[]
        {
            new PdfPageContent(1, 842, [Line("MINUTA DE REUNIÓN", 57, 700)], [HeaderTable(1, "2.1")], 10),
            new PdfPageContent(2, 842, [Line("Retroalimentación del Espacio sobre la estrategia", 57, 700)], [HeaderTable(2, "2.1")], 10),
        };
        var issues = new List<Issue>();

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), issues);

        Assert.Single(blocks.OfType<Table>());
        Assert.IsType<Table>(blocks[0]);
        Assert.Contains(issues, i => i.Code == "running-header-table-dropped");
    }

    [Fact]
    public void A_table_at_the_top_of_a_later_page_with_other_content_stays()
    {
        var pages = new[]
        {
            new PdfPageContent(1, 842, [Line("MINUTA DE REUNIÓN", 57, 700)], [HeaderTable(1, "2.1")], 10),
            new PdfPageContent(2, 842, [Line("Retroalimentación", 57, 700)], [HeaderTable(2, "2.1") with { Rows = [HeaderTable(2, "2.1").Rows[0]] }], 10),
        };

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []);

        Assert.Equal(2, blocks.OfType<Table>().Count());
    }
}
