using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>A minuta whose goal reports are endnotes (printed after the closing): the endnotes are read as notes, after the body.</summary>
public sealed class DocxEndnotesTests
{
    [Fact]
    public void Endnotes_are_read_as_notes_after_the_body()
    {
        using var dir = new TempDirectory();
        var path = dir.File("endnotes.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                DocxFixture.Para("Informe: se transcribe en la nota al final."),
                DocxFixture.Para("Cierre de la sesión.")));
            main.AddNewPart<EndnotesPart>().Endnotes = new W.Endnotes(
                new W.Endnote(new W.Paragraph(new W.Run(new W.SeparatorMark()))) { Type = W.FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Endnote(DocxFixture.Para(" Meta 12.1. Informe de la Secretaría de Cultura: Se abrieron 4 bibliotecas.")) { Id = 1 });
        }

        var read = new DocxReader().Read(path, ReadOptions.Default);

        var last = read.Blocks.OfType<Paragraph>().Last();
        Assert.Equal(DocumentRegion.Footnote, last.Location.Region);
        Assert.Contains("Se abrieron 4 bibliotecas.", last.Text, StringComparison.Ordinal);
        Assert.Single(read.Blocks.OfType<Paragraph>(), p => p.Location.Region == DocumentRegion.Footnote);
    }
}
