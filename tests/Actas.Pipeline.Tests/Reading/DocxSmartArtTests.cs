using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// A SmartArt graphic keeps its text outside the body: the paragraph only names the diagram's parts (<c>dgm:relIds</c>), the
/// nodes live in the data part and again in the saved drawing. The reader reads the nodes once, in the graphic's order, as a
/// list where the graphic stands.
/// </summary>
public sealed class DocxSmartArtTests
{
    private const string DataNamespaces =
        "xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private const string DrawingNamespaces =
        "xmlns:dsp=\"http://schemas.microsoft.com/office/drawing/2008/diagram\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    /// <summary>The paragraph Word writes for an inline SmartArt graphic: a drawing that only names the parts.</summary>
    private static readonly string GraphicParagraph =
        "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"5400000\" cy=\"3000000\"/><wp:docPr id=\"4\" name=\"Diagrama 4\"/><a:graphic>" +
        "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\">" +
        "<dgm:relIds xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" r:dm=\"rDatos\" r:lo=\"rDisposicion\" r:qs=\"rEstilo\" r:cs=\"rColores\"/>" +
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";

    [Fact]
    public void Smartart_nodes_are_read_once_in_tree_order_where_the_graphic_stands()
    {
        // Points stored out of order, with transitions and a presentation point among them: the connections give the order.
        var data =
            $"<dgm:dataModel {DataNamespaces}><dgm:ptLst>" +
            Point("raiz", "doc", "") +
            Point("b", null, "Próxima reunión: 9 de octubre de 2015", "Sala de juntas del Instituto, 10:00 horas") +
            Point("a2", null, "La Procuraduría Social revisará los casos de desalojo.") +
            Point("t1", "sibTrans", "") +
            Point("a", null, "Compromisos de la mesa") +
            Point("p1", "pres", "") +
            Point("a1", null, "El Instituto de Vivienda enviará el padrón depurado antes del 2 de octubre.") +
            "</dgm:ptLst><dgm:cxnLst>" +
            Connection("raiz", "b", 1) + Connection("a", "a2", 1) + Connection("raiz", "a", 0) + Connection("a", "a1", 0) +
            "<dgm:cxn modelId=\"c9\" type=\"presOf\" srcId=\"a\" destId=\"p1\" srcOrd=\"0\" destOrd=\"0\"/>" +
            "</dgm:cxnLst><dgm:extLst><a:ext uri=\"http://schemas.microsoft.com/office/drawing/2008/diagram\">" +
            "<dsp:dataModelExt xmlns:dsp=\"http://schemas.microsoft.com/office/drawing/2008/diagram\" relId=\"rDibujo\"/></a:ext></dgm:extLst></dgm:dataModel>";
        var drawing = Drawing("Compromisos de la mesa", "El Instituto de Vivienda enviará el padrón depurado antes del 2 de octubre.",
            "La Procuraduría Social revisará los casos de desalojo.", "Próxima reunión: 9 de octubre de 2015");

        var paragraphs = Read(new WordXmlFixture().DiagramData("rDatos", data).DiagramDrawing("rDibujo", drawing));

        Assert.Equal("Los compromisos quedaron así:", paragraphs[0].Text);
        Assert.Equal(
            [
                (1, "Compromisos de la mesa"),
                (2, "El Instituto de Vivienda enviará el padrón depurado antes del 2 de octubre."),
                (2, "La Procuraduría Social revisará los casos de desalojo."),
                (1, "Próxima reunión: 9 de octubre de 2015 Sala de juntas del Instituto, 10:00 horas"),
            ],
            paragraphs.Skip(1).SkipLast(1).Select(p => (p.Level ?? 0, p.Text)));
        Assert.All(paragraphs.Skip(1).SkipLast(1), p => Assert.Equal((ParagraphRole.ListItem, (string?)null), (p.Role, p.ListLabel)));
        Assert.Equal(["Próxima reunión: 9 de octubre de 2015", "Sala de juntas del Instituto, 10:00 horas"], paragraphs[^2].Lines);
        Assert.Equal("Se levanta la sesión.", paragraphs[^1].Text);
    }

    [Fact]
    public void Smartart_whose_data_part_has_no_text_is_read_from_its_saved_drawing()
    {
        var data =
            $"<dgm:dataModel {DataNamespaces}><dgm:ptLst>{Point("raiz", "doc", "")}{Point("n1", null, "")}</dgm:ptLst>" +
            "<dgm:cxnLst>" + Connection("raiz", "n1", 0) + "</dgm:cxnLst><dgm:extLst><a:ext uri=\"http://schemas.microsoft.com/office/drawing/2008/diagram\">" +
            "<dsp:dataModelExt xmlns:dsp=\"http://schemas.microsoft.com/office/drawing/2008/diagram\" relId=\"rDibujo\"/></a:ext></dgm:extLst></dgm:dataModel>";
        var drawing = Drawing("Se integrará un grupo de trabajo con la Consejería Jurídica.", "", "La SEDESO presentará su informe trimestral.");

        var paragraphs = Read(new WordXmlFixture().DiagramData("rDatos", data).DiagramDrawing("rDibujo", drawing));

        Assert.Equal(
            ["Los compromisos quedaron así:", "Se integrará un grupo de trabajo con la Consejería Jurídica.", "La SEDESO presentará su informe trimestral.", "Se levanta la sesión."],
            paragraphs.Select(p => p.Text));
    }

    private static List<Paragraph> Read(WordXmlFixture fixture)
    {
        using var dir = new TempDirectory();
        var path = dir.File("diagrama.docx");
        fixture.Write(path, WordXmlFixture.P("Los compromisos quedaron así:") + GraphicParagraph + WordXmlFixture.P("Se levanta la sesión."));
        return [.. new DocxReader().Read(path, ReadOptions.Default).Blocks.OfType<Paragraph>()];
    }

    private static string Point(string id, string? type, params string[] paragraphs) =>
        $"<dgm:pt modelId=\"{id}\"{(type is null ? "" : $" type=\"{type}\"")}><dgm:prSet/><dgm:spPr/>" +
        (type == "pres" ? "" : "<dgm:t><a:bodyPr/><a:lstStyle/>" + string.Concat(paragraphs.Select(Text)) + "</dgm:t>") + "</dgm:pt>";

    private static string Connection(string parent, string child, int order) =>
        $"<dgm:cxn modelId=\"{parent}-{child}\" srcId=\"{parent}\" destId=\"{child}\" srcOrd=\"{order}\" destOrd=\"0\"/>";

    private static string Drawing(params string[] shapes) =>
        $"<dsp:drawing {DrawingNamespaces}><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id=\"0\" name=\"\"/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>" +
        string.Concat(shapes.Select((text, i) => $"<dsp:sp modelId=\"s{i}\"><dsp:nvSpPr><dsp:cNvPr id=\"0\" name=\"\"/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr/>" +
            $"<dsp:txBody><a:bodyPr/><a:lstStyle/>{Text(text)}</dsp:txBody></dsp:sp>")) +
        "</dsp:spTree></dsp:drawing>";

    private static string Text(string text) =>
        text.Length == 0 ? "<a:p><a:endParaRPr lang=\"es-MX\"/></a:p>" : $"<a:p><a:r><a:rPr lang=\"es-MX\"/><a:t>{text}</a:t></a:r></a:p>";
}
