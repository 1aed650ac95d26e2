using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// Boxes of a web page that LibreOffice saved as one Word paragraph, each in its own font size and glued to the one before
/// (a name over its post in small print): the size change where a capital follows a lower-case letter or a closing mark
/// is a line break. A drop capital or a word of small capitals runs on.
/// </summary>
public sealed class DocxGluedBlockTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Sized(string size, string text) => $"<w:r><w:rPr><w:sz w:val=\"{size}\"/></w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    [Fact]
    public void A_run_in_another_size_glued_after_a_word_or_a_period_starts_a_line()
    {
        var document = Read(
            "<w:p>" + WordXmlFixture.R("Mtro. Julio Paredes Soto") + Sized("18", "Enlace · Instituto de Vivienda") + Sized("14", "Gobierno") + "</w:p>" +
            "<w:p>" + WordXmlFixture.R("Faltan los datos de marzo.") + Sized("18", "Secretaría Ejecutiva") + "</w:p>");

        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal(["Mtro. Julio Paredes Soto", "Enlace · Instituto de Vivienda", "Gobierno"], paragraphs[0].Lines);
        Assert.Equal(["Faltan los datos de marzo.", "Secretaría Ejecutiva"], paragraphs[1].Lines);
    }

    [Fact]
    public void A_drop_capital_small_capitals_or_a_spaced_run_stay_on_the_line()
    {
        var document = Read(
            "<w:p>" + Sized("48", "E") + Sized("22", "n la sesión se revisaron las metas.") + "</w:p>" +
            "<w:p>" + Sized("28", "ACTA") + Sized("22", "DE LA SESIÓN") + "</w:p>" +
            "<w:p>" + WordXmlFixture.R("Informe de la alcaldía ") + Sized("18", "Tlalpan") + "</w:p>");

        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal(["En la sesión se revisaron las metas.", "ACTADE LA SESIÓN", "Informe de la alcaldía Tlalpan"], paragraphs.Select(p => p.Text));
        Assert.All(paragraphs, p => Assert.Null(p.Lines));
    }

    private LayoutDocument Read(string body)
    {
        var path = _temp.File("glued-blocks.docx");
        new WordXmlFixture().Write(path, body);
        return new DocxReader().Read(path, ReadOptions.Default);
    }
}
