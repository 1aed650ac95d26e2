using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>A web page printed to PDF: running text with a short sidebar of links at its right.</summary>
public sealed class SidebarColumnTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Text_beside_a_short_right_sidebar_is_read_as_paragraphs_not_as_one_table_row()
    {
        var path = _temp.File("portal.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        string[] sidebar = ["Otras minutas del grupo", "Minuta del mes de enero", "Minuta del mes de febrero", "Minuta del mes de marzo", "Documentos para descargar"];
        for (var k = 0; k < sidebar.Length; k++)
        {
            page.AddText(sidebar[k], 8, new PdfPoint(460, 760 - (14 * k)), font);
        }

        // Four paragraphs of six full lines each (the last one shorter), 14 pt apart, 24 pt between paragraphs.
        var y = 760.0;
        var expected = new List<string>();
        for (var p = 0; p < 4; p++)
        {
            var lines = Enumerable.Range(0, 6).Select(l => l < 5
                ? $"parrafo {p + 1} renglon {l + 1} con palabras corridas que llenan la columna de texto"
                : $"fin del parrafo {p + 1}.").ToList();
            foreach (var line in lines)
            {
                page.AddText(line, 10, new PdfPoint(57, y), font);
                y -= 14;
            }

            y -= 10;
            expected.Add(string.Join(' ', lines));
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        // Without the sidebar rule the run reached the page's foot: one table row holding the whole text beside the links.
        Assert.Empty(document.Blocks.OfType<Table>());
        var paragraphs = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        foreach (var text in expected)
        {
            Assert.Contains(text, paragraphs);
        }

        var links = paragraphs.FindIndex(p => p.Contains("Minuta del mes de enero", StringComparison.Ordinal));
        Assert.InRange(links, paragraphs.IndexOf(expected[0]) + 1, paragraphs.IndexOf(expected[1]) - 1); // after the paragraph it stands beside
    }
}
