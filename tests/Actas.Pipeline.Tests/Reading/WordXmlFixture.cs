using System.IO.Compression;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// Writes a .docx from raw WordprocessingML, as Word itself writes it: the body's XML and any header,
/// footer, numbering, styles and settings parts, with their relationships and content types. Used where
/// the SDK's typed builders would hide what the file looks like (text boxes written twice, fields,
/// tracked changes).
/// </summary>
internal sealed class WordXmlFixture
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "mc:Ignorable=\"wps\"";

    private const string WordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private readonly List<(string Id, string Type, string Part, string ContentType, string Xml)> _parts = [];

    /// <summary>Adds a header part (root <c>w:hdr</c> with <paramref name="content"/>) under relationship <paramref name="id"/>.</summary>
    public WordXmlFixture Header(string id, string content) =>
        Add(id, "header", $"header{_parts.Count + 1}.xml", "header+xml", $"<w:hdr {Namespaces}>{content}</w:hdr>");

    public WordXmlFixture Footer(string id, string content) =>
        Add(id, "footer", $"footer{_parts.Count + 1}.xml", "footer+xml", $"<w:ftr {Namespaces}>{content}</w:ftr>");

    public WordXmlFixture Numbering(string content) =>
        Add("rNum", "numbering", "numbering.xml", "numbering+xml", $"<w:numbering {Namespaces}>{content}</w:numbering>");

    public WordXmlFixture Styles(string content) =>
        Add("rStyles", "styles", "styles.xml", "styles+xml", $"<w:styles {Namespaces}>{content}</w:styles>");

    public WordXmlFixture Settings(string content) =>
        Add("rSettings", "settings", "settings.xml", "settings+xml", $"<w:settings {Namespaces}>{content}</w:settings>");

    /// <summary>
    /// A SmartArt graphic's data part (<c>dgm:dataModel</c>) under relationship <paramref name="id"/> (the drawing's
    /// <c>dgm:relIds/@r:dm</c>).
    /// </summary>
    public WordXmlFixture DiagramData(string id, string dataModel) =>
        Part(id, RelationshipTypes + "diagramData", $"diagrams/data{_parts.Count + 1}.xml", "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", dataModel);

    /// <summary>A SmartArt graphic's saved drawing (<c>dsp:drawing</c>), under the relationship id its data part names (<c>dsp:dataModelExt/@relId</c>).</summary>
    public WordXmlFixture DiagramDrawing(string id, string drawing) =>
        Part(id, "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing", $"diagrams/drawing{_parts.Count + 1}.xml", "application/vnd.ms-office.drawingml.diagramDrawing+xml", drawing);

    /// <summary>Writes the package with <paramref name="body"/> as the content of <c>w:body</c>.</summary>
    public void Write(string path, string body)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var overrides = string.Concat(_parts.Select(p => $"<Override PartName=\"/word/{p.Part}\" ContentType=\"{p.ContentType}\"/>"));
        Entry(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            $"<Override PartName=\"/word/document.xml\" ContentType=\"{WordMl}.document.main+xml\"/>{overrides}</Types>");
        Entry(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        Entry(zip, "word/_rels/document.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            string.Concat(_parts.Select(p => $"<Relationship Id=\"{p.Id}\" Type=\"{p.Type}\" Target=\"{p.Part}\"/>")) +
            "</Relationships>");
        Entry(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{body}</w:body></w:document>");
        foreach (var part in _parts)
        {
            Entry(zip, "word/" + part.Part, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + part.Xml);
        }
    }

    /// <summary>A paragraph of one run per text: <c>P("45 ", "víctimas")</c>.</summary>
    public static string P(params string[] runs) => "<w:p>" + string.Concat(runs.Select(R)) + "</w:p>";

    public static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    public static string Cell(string content, string properties = "") => $"<w:tc><w:tcPr>{properties}</w:tcPr>{content}</w:tc>";

    public static string Table(int columns, params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders></w:tblPr><w:tblGrid>" +
        string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"2000\"/>", columns)) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    /// <summary>
    /// A floating text box as Word 2010+ writes it: the DrawingML shape in <c>mc:Choice</c> and the same text again
    /// in a VML <c>v:textbox</c> in <c>mc:Fallback</c>.
    /// </summary>
    public static string TextBoxRun(string content) =>
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
        $"<wps:wsp><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        $"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

    /// <summary>
    /// A run holding a text box that floats beside the text (anchored, wrapped square), as Word writes it: DrawingML with a
    /// VML fallback, or the VML shape alone when <paramref name="vmlOnly"/>.
    /// </summary>
    public static string SidebarRun(string content, bool vmlOnly = false, bool wide = false)
    {
        var (w, h, cx, cy) = wide ? ("440pt", "140pt", "5577840", "1783080") : ("140pt", "440pt", "1783080", "5577840");
        var vml = $"<w:pict><v:shape style=\"position:absolute;width:{w};height:{h}\"><v:textbox><w:txbxContent>" + content +
            "</w:txbxContent></v:textbox><w10:wrap xmlns:w10=\"urn:schemas-microsoft-com:office:word\" type=\"square\"/></v:shape></w:pict>";
        return vmlOnly
            ? "<w:r>" + vml + "</w:r>"
            : "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:wrapSquare wrapText=\"left\"/>" +
              "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
              $"<wps:wsp><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
              $"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>";
    }

    private WordXmlFixture Add(string id, string type, string part, string contentType, string xml) =>
        Part(id, RelationshipTypes + type, part, $"{WordMl}.{contentType}", xml);

    private WordXmlFixture Part(string id, string relationshipType, string part, string contentType, string xml)
    {
        _parts.Add((id, relationshipType, part, contentType, xml));
        return this;
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
