using System.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Docx;
using Actas.Pipeline.Reading.Ocr;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>
/// A table pasted into a Word document as a picture (a screenshot, no alt text): a large picture alone in its paragraph is
/// read by OCR where it stands; a small one (a logo) is not, nor is any picture with OCR off. Needs imagemagick and
/// tesseract-ocr-spa (scripts/install-deps.sh).
/// </summary>
public sealed class DocxPictureTableTests
{
    [Fact]
    public void A_large_picture_alone_in_its_paragraph_is_read_where_it_stands()
    {
        using var dir = new TempDirectory();
        var path = Write(dir, widthEmu: 6_000_000);

        var blocks = DocumentReaders.CreateDefault().Read(path, ReadOptions.Default).Blocks;

        var text = Texts(blocks);
        var before = text.FindIndex(t => t.StartsWith("Avances de las metas", StringComparison.Ordinal));
        var read = text.FindIndex(t => t.Contains("Se repararon 230 fugas", StringComparison.Ordinal));
        var after = text.FindIndex(t => t.StartsWith("Fuente:", StringComparison.Ordinal));
        Assert.True(before >= 0 && before < read && read < after, string.Join(" ¶ ", text));
        Assert.Contains(text, t => t.Contains("302.2", StringComparison.Ordinal));
        Assert.Equal(blocks.Count, blocks.Select(b => b.Location.Block).Distinct().Count());
    }

    [Fact]
    public void A_small_picture_or_ocr_turned_off_reads_nothing()
    {
        using var dir = new TempDirectory();
        var small = Write(dir, widthEmu: 1_800_000);
        Assert.DoesNotContain(Texts(DocumentReaders.CreateDefault().Read(small, ReadOptions.Default).Blocks), t => t.Contains("fugas", StringComparison.Ordinal));

        var large = Write(dir, widthEmu: 6_000_000);
        var never = ReadOptions.Default with { Ocr = OcrMode.Never };
        Assert.DoesNotContain(Texts(DocumentReaders.CreateDefault().Read(large, never).Blocks), t => t.Contains("fugas", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_left_unread_with_ocr_off_is_named_in_a_warning()
    {
        using var dir = new TempDirectory();
        var never = ReadOptions.Default with { Ocr = OcrMode.Never };

        var issues = DocumentReaders.CreateDefault().Read(Write(dir, widthEmu: 6_000_000), never).Issues;

        var issue = Assert.Single(issues, i => i.Code == "docx-picture-not-read");
        Assert.Equal(Actas.Pipeline.Diagnostics.Severity.Warning, issue.Severity);
        Assert.Contains("/media/image", issue.Message, StringComparison.Ordinal);
        Assert.Contains("--ocr never", issue.Message, StringComparison.Ordinal);
        var spanish = Actas.Pipeline.Diagnostics.WarningWording.Word(issue.Message, System.Globalization.CultureInfo.GetCultureInfo("es-MX"));
        Assert.Contains("no se leyó: el OCR está desactivado (--ocr never)", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentReaders.CreateDefault().Read(Write(dir, widthEmu: 1_800_000), never).Issues, i => i.Code == "docx-picture-not-read");
        Assert.DoesNotContain(DocumentReaders.CreateDefault().Read(Write(dir, widthEmu: 6_000_000), ReadOptions.Default).Issues, i => i.Code == "docx-picture-not-read");
    }

    [Fact]
    public void Only_a_wide_picture_with_no_text_beside_it_is_a_candidate()
    {
        var body = System.Xml.Linq.XElement.Parse(
            "<w:body xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>" +
            "<w:p><w:r><w:t>Texto</w:t></w:r></w:p>" + Picture(6_000_000, 900_000, "rIdA") +
            Picture(6_000_000, 900_000, "rIdB").Replace("<w:r><w:drawing>", "<w:r><w:t>Al lado</w:t></w:r><w:r><w:drawing>", StringComparison.Ordinal) +
            Picture(1_000_000, 900_000, "rIdC") + "</w:body>");

        Assert.Equal([(1, "rIdA", 6_000_000L)], DocxPictureReader.Candidates(body));
    }

    private static List<string> Texts(IReadOnlyList<LayoutBlock> blocks) =>
        [.. blocks.SelectMany(b => b switch
        {
            Paragraph p => [p.Text],
            Table t => t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))),
            _ => [],
        })];

    /// <summary>A .docx: a paragraph, the picture of a two-column table of goal reports, a source line.</summary>
    private static string Write(TempDirectory dir, long widthEmu)
    {
        var png = dir.File($"tabla-{widthEmu}.png");
        Run("convert", "-size", "2100x300", "xc:white", "-stroke", "#b0b0b0",
            "-draw", "line 0,2 2100,2", "-draw", "line 0,90 2100,90", "-draw", "line 0,190 2100,190", "-draw", "line 0,297 2100,297",
            "-draw", "line 2,0 2,300", "-draw", "line 260,0 260,300", "-draw", "line 2097,0 2097,300",
            "-stroke", "none", "-fill", "black", "-font", "DejaVu-Sans", "-pointsize", "34",
            "-draw", "text 20,60 'Meta'", "-draw", "text 290,60 'Avance reportado'",
            "-draw", "text 20,155 '302.1'", "-draw", "text 290,155 'Se repararon 230 fugas en la red secundaria.'",
            "-draw", "text 20,260 '302.2'", "-draw", "text 290,260 'Sin reporte'", png);
        var path = dir.File($"con-imagen-{widthEmu}.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var image = main.AddImagePart(ImagePartType.Png, "rIdImagen");
            using (var stream = File.OpenRead(png))
            {
                image.FeedData(stream);
            }

            main.Document = new W.Document(new W.Body(
                DocxFixture.Para("Avances de las metas reportados por las dependencias:"),
                new W.Paragraph(Picture(widthEmu, widthEmu / 7, "rIdImagen")),
                DocxFixture.Para("Fuente: hoja de cálculo de la Secretaría Técnica.")));
        }

        return path;
    }

    /// <summary>A paragraph holding one inline picture (DrawingML), as Word writes it.</summary>
    private static string Picture(long cx, long cy, string id) =>
        "<w:p xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:r><w:drawing>" +
        "<wp:inline xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'>" +
        $"<wp:extent cx='{cx}' cy='{cy}'/><wp:docPr id='1' name='Imagen 1'/>" +
        "<a:graphic xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'><a:graphicData uri='http://schemas.openxmlformats.org/drawingml/2006/picture'>" +
        "<pic:pic xmlns:pic='http://schemas.openxmlformats.org/drawingml/2006/picture'><pic:nvPicPr><pic:cNvPr id='0' name='tabla.png'/><pic:cNvPicPr/></pic:nvPicPr>" +
        $"<pic:blipFill><a:blip xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' r:embed='{id}'/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
        $"<pic:spPr><a:xfrm><a:off x='0' y='0'/><a:ext cx='{cx}' cy='{cy}'/></a:xfrm><a:prstGeom prst='rect'><a:avLst/></a:prstGeom></pic:spPr></pic:pic>" +
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";

    private static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, tool + ": " + process.StandardError.ReadToEnd());
    }
}
