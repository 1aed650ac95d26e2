using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>Damaged and hostile Word files give one ActaReadException whose message starts with the file name.</summary>
public sealed class DocxReaderBadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Docx_cut_in_half_is_corrupt()
    {
        var path = _temp.File("cortado.docx");
        var bytes = File.ReadAllBytes(SeedCorpus.Seed(".docx"));
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        AssertFails(path, "corrupt");
    }

    [Fact]
    public void Docx_without_document_xml_is_corrupt()
    {
        var path = _temp.File("sin-documento.docx");
        DocxFixture.WriteZip(path, ("[Content_Types].xml", "<Types/>"), ("word/styles.xml", "<styles/>"));

        var error = AssertFails(path, "corrupt");
        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_with_malformed_document_xml_is_corrupt()
    {
        var path = _temp.File("xml-roto.docx");
        var bytes = File.ReadAllBytes(SeedCorpus.Seed(".docx"));
        File.WriteAllBytes(path, bytes);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>sin cerrar");
        }

        AssertFails(path, "corrupt");
    }

    [Fact]
    public void Docx_zip_bomb_entry_is_too_large()
    {
        var path = _temp.File("bomba.docx");
        DocxFixture.WriteZipBomb(path, 64L * 1024 * 1024);

        Assert.True(new FileInfo(path).Length < 1024 * 1024, "the fixture stays small on disk");
        var error = AssertFails(path, "too-large");
        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_inflating_past_the_limit_is_too_large()
    {
        var error = Assert.Throws<ActaReadException>(() =>
            new DocxReader().Read(SeedCorpus.Seed(".docx"), ReadOptions.Default with { MaxUncompressedBytes = 10_000 }));

        Assert.Equal("too-large", error.Code);
        Assert.StartsWith("acta-trata-23-2018-09-11.docx: ", error.Message, StringComparison.Ordinal);
    }

    private static ActaReadException AssertFails(string path, string code)
    {
        var error = Assert.Throws<ActaReadException>(() => DocumentReaders.CreateDefault().Read(path, ReadOptions.Default));
        Assert.Equal(code, error.Code);
        Assert.StartsWith(Path.GetFileName(path) + ": ", error.Message, StringComparison.Ordinal);
        return error;
    }
}
