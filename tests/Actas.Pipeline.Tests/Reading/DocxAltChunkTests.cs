using System.Text;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// A .docx whose content is an imported HTML part (<c>w:altChunk</c>, as web systems export "to Word"): Word shows the HTML
/// in place, so the reader reads it there as headings, paragraphs, list items and tables; what a browser hides is not read.
/// </summary>
public sealed class DocxAltChunkTests
{
    private const string Html =
        "<!DOCTYPE html><html><head><title>Exportación</title><style>p{color:#333}</style><script>var x = 'no es texto';</script></head><body>" +
        "<h1>Relatoría de la reunión 12</h1>" +
        "<p><strong>Mesa de Trabajo sobre Vivienda Adecuada</strong></p>" +
        "<div style=\"display: none\">Plantilla: escriba aquí el nombre</div>" +
        "<p>Lugar: Auditorio del Instituto de Vivienda<br>Horario: 9:00 a 11:00</p>" +
        "<h2>Asistentes</h2>" +
        "<table><thead><tr><th>Persona</th><th>Dependencia</th></tr></thead>" +
        "<tbody><tr><td>Arq. Elena Vidal Ruiz</td><td rowspan=\"2\">Instituto de Vivienda</td></tr>" +
        "<tr><td>Ing. Tomás Rey Paz</td></tr><tr><td colspan=\"2\">Total: 2 personas</td></tr></tbody></table>" +
        "<ol><li>Se revisará el padrón &amp; sus altas<li hidden>no se imprime</li><li>Próxima reunión el 3 de mayo</ol>" +
        "</body></html>";

    [Fact]
    public void The_imported_html_is_read_in_place_as_blocks()
    {
        using var dir = new TempDirectory();
        var path = dir.File("exportada.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var chunk = main.AddAlternativeFormatImportPart(AlternativeFormatImportPartType.Html, "rIdHtml");
            using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(Html)))
            {
                chunk.FeedData(stream);
            }

            main.Document = new W.Document(new W.Body(
                DocxFixture.Para("Documento exportado"),
                new W.AltChunk { Id = "rIdHtml" },
                DocxFixture.Para("Fin de la exportación")));
        }

        var blocks = new DocxReader().Read(path, ReadOptions.Default).Blocks;

        var paragraphs = blocks.OfType<Paragraph>().ToList();
        Assert.Equal("Documento exportado", paragraphs[0].Text);
        Assert.Equal("Fin de la exportación", paragraphs[^1].Text);
        Assert.Contains(paragraphs, p => p is { Text: "Relatoría de la reunión 12", Role: ParagraphRole.Heading, Level: 1 });
        Assert.Contains(paragraphs, p => p is { Text: "Mesa de Trabajo sobre Vivienda Adecuada", Role: ParagraphRole.Heading });
        var place = Assert.Single(paragraphs, p => p.Text.StartsWith("Lugar:", StringComparison.Ordinal));
        Assert.Equal(["Lugar: Auditorio del Instituto de Vivienda", "Horario: 9:00 a 11:00"], place.Lines);
        Assert.Equal(
            [("1.", "Se revisará el padrón & sus altas"), ("2.", "Próxima reunión el 3 de mayo")],
            paragraphs.Where(p => p.Role == ParagraphRole.ListItem).Select(p => (p.ListLabel, p.Text)));
        var all = string.Join(" ", paragraphs.Select(p => p.Text));
        Assert.DoesNotContain("Plantilla", all, StringComparison.Ordinal);
        Assert.DoesNotContain("no se imprime", all, StringComparison.Ordinal);
        Assert.DoesNotContain("no es texto", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exportación", all, StringComparison.Ordinal);

        var table = Assert.Single(blocks.OfType<Table>());
        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Persona", "Dependencia"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.True(table.Rows[2].Cells[1].ContinuesAbove);
        Assert.Equal((0, 2, "Total: 2 personas"), (table.Rows[3].Cells[0].Column, table.Rows[3].Cells[0].ColumnSpan, table.Rows[3].Cells[0].Text));
        Assert.Equal(blocks.Count, blocks.Select(b => b.Location.Block).Distinct().Count());
    }
}
