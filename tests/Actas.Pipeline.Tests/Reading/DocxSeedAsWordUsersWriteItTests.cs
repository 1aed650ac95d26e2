using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Tests.Support;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// The seed acta rewritten as a Word user would have written it: its title only in the page header,
/// the opening paragraph (date, session number, place) in a text box,
/// a footer with page numbers and a line of text, a footnote mark after a figure and a tracked deletion in a report cell. It must still equal its gold.
/// </summary>
public sealed class DocxSeedAsWordUsersWriteItTests : IDisposable
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Docx_seed_with_title_in_header_and_opening_in_text_box_equals_its_gold()
    {
        var path = _temp.File("acta-trata-23-2018-09-11.docx");
        Rewrite(path);

        var layout = new DocxReader().Read(path, ReadOptions.Default);
        var title = Assert.IsType<Paragraph>(layout.Blocks[0]);
        Assert.Equal(DocumentRegion.Header, title.Location.Region);
        Assert.StartsWith("VIGÉSIMA TERCERA REUNIÓN", title.Text, StringComparison.Ordinal);
        Assert.Contains(layout.Blocks.OfType<Paragraph>(), p => p.Location.Region == DocumentRegion.TextBox && p.Text.Contains("11 de septiembre de 2018", StringComparison.Ordinal));
        Assert.Contains(layout.Blocks.OfType<Table>(), t => t.AllText().Contains("capacitación a 35 personas adscritas", StringComparison.Ordinal));

        var acta = ActaPipeline.CreateDefault().Process(path);
        var differences = GoldDiff.Compare(JsonNode.Parse(File.ReadAllText(SeedCorpus.Seed(".gold.json"))), JsonNode.Parse(ActaJson.Serialize(acta)));
        Assert.True(differences.Count == 0, $"{differences.Count} differences\n" + string.Join('\n', differences.Take(40)));
    }

    private static void Rewrite(string path)
    {
        File.Copy(SeedCorpus.Seed(".docx"), path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var document = Load(zip, "word/document.xml");
        var body = document.Root!.Element(W + "body")!;
        var children = body.Elements().ToList();

        var title = children[0];
        title.Remove();
        Save(zip, "word/header1.xml", new XElement(W + "hdr", new XAttribute(XNamespace.Xmlns + "w", W), title));

        var opening = children[3];
        opening.ReplaceWith(TextBoxParagraph(opening));

        Save(zip, "word/footer1.xml", new XElement(
            W + "ftr",
            new XAttribute(XNamespace.Xmlns + "w", W),
            new XElement(W + "p", Run("Página "), Field("PAGE", "1"), Run(" de "), Field("NUMPAGES", "4")),
            new XElement(W + "p", Run("Hoja "), Field("PAGE", "1")),
            new XElement(W + "p", Run("Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México"))));

        var section = body.Element(W + "sectPr")!;
        section.AddFirst(
            new XElement(W + "headerReference", new XAttribute(W + "type", "default"), new XAttribute(R + "id", "rIdH1")),
            new XElement(W + "footerReference", new XAttribute(W + "type", "default"), new XAttribute(R + "id", "rIdF1")));

        var figure = body.Descendants(W + "t").First(t => t.Value.Contains("capacitación a 35 personas", StringComparison.Ordinal));
        var at = figure.Value.IndexOf("35", StringComparison.Ordinal) + 2;
        var run = figure.Parent!;
        var rest = new XElement(run);
        figure.Value = figure.Value[..at];
        rest.Element(W + "t")!.Value = rest.Element(W + "t")!.Value[at..];
        rest.Element(W + "t")!.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        run.AddAfterSelf(
            new XElement(W + "r", new XElement(W + "footnoteReference", new XAttribute(W + "id", "1"))),
            new XElement(W + "del", new XAttribute(W + "id", "90"), new XAttribute(W + "author", "Revisora"), new XElement(W + "r", new XElement(W + "delText", new XAttribute(XNamespace.Xml + "space", "preserve"), " 40"))),
            rest);
        Save(zip, "word/document.xml", document.Root);

        var rels = Load(zip, "word/_rels/document.xml.rels");
        XNamespace pr = "http://schemas.openxmlformats.org/package/2006/relationships";
        rels.Root!.Add(
            new XElement(pr + "Relationship", new XAttribute("Id", "rIdH1"), new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"), new XAttribute("Target", "header1.xml")),
            new XElement(pr + "Relationship", new XAttribute("Id", "rIdF1"), new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"), new XAttribute("Target", "footer1.xml")));
        Save(zip, "word/_rels/document.xml.rels", rels.Root);

        var types = Load(zip, "[Content_Types].xml");
        XNamespace ct = "http://schemas.openxmlformats.org/package/2006/content-types";
        types.Root!.Add(
            new XElement(ct + "Override", new XAttribute("PartName", "/word/header1.xml"), new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")),
            new XElement(ct + "Override", new XAttribute("PartName", "/word/footer1.xml"), new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml")));
        Save(zip, "[Content_Types].xml", types.Root);
    }

    /// <summary>A paragraph holding <paramref name="inner"/> in a text box, written twice as Word does (DrawingML choice, VML fallback).</summary>
    private static XElement TextBoxParagraph(XElement inner) => new(
        W + "p",
        new XElement(
            W + "r",
            new XElement(
                Mc + "AlternateContent",
                new XElement(Mc + "Choice", new XAttribute("Requires", "wps"), new XElement(W + "drawing", new XElement(Wps + "wsp", new XElement(Wps + "txbx", new XElement(W + "txbxContent", new XElement(inner)))))),
                new XElement(Mc + "Fallback", new XElement(W + "pict", new XElement(V + "shape", new XElement(V + "textbox", new XElement(W + "txbxContent", new XElement(inner)))))))));

    private static XElement Run(string text) => new(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    private static IEnumerable<XElement> Field(string instruction, string result) =>
    [
        new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "begin"))),
        new XElement(W + "r", new XElement(W + "instrText", $" {instruction} ")),
        new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "separate"))),
        Run(result),
        new XElement(W + "r", new XElement(W + "fldChar", new XAttribute(W + "fldCharType", "end"))),
    ];

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static void Save(ZipArchive zip, string name, XElement root)
    {
        zip.GetEntry(name)?.Delete();
        using var stream = zip.CreateEntry(name).Open();
        new XDocument(root).Save(stream);
    }
}
