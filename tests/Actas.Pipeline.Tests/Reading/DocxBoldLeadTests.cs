using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using static Actas.Pipeline.Tests.Reading.WordXmlFixture;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// A bold lead glued to the plain text after it (a web page's label box and value box saved as one Word paragraph) is a
/// label over its value: the reader parts them with a tab, as a label–tab–value line is typed.
/// </summary>
public sealed class DocxBoldLeadTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Bold(string text) => $"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    [Fact]
    public void A_bold_label_glued_to_its_value_is_parted_by_a_tab()
    {
        var document = Read(
            "<w:p>" + Bold("Lugar") + R("Auditorio del Museo de la Ciudad") + "</w:p>" +
            "<w:p>" + R("☐ ") + Bold("Entregado") + R("La alcaldía repartió 85 tinacos.") + "</w:p>");

        Assert.Equal(["Lugar\tAuditorio del Museo de la Ciudad", "☐ Entregado\tLa alcaldía repartió 85 tinacos."],
            document.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Bold_inside_a_sentence_or_before_a_space_or_colon_stays_as_typed()
    {
        var document = Read(
            "<w:p>" + R("La meta se ") + Bold("cumpli") + R("ó en marzo.") + "</w:p>" +
            "<w:p>" + Bold("Lugar:") + R("Auditorio") + "</w:p>" +
            "<w:p>" + Bold("Lugar") + R(" Auditorio") + "</w:p>");

        Assert.Equal(["La meta se cumplió en marzo.", "Lugar:Auditorio", "Lugar Auditorio"], document.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    private LayoutDocument Read(string body)
    {
        var path = _temp.File("bold-lead.docx");
        new WordXmlFixture().Write(path, body);
        return new DocxReader().Read(path, ReadOptions.Default);
    }
}
