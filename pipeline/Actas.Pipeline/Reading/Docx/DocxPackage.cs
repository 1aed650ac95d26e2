using System.Xml;
using System.Xml.Linq;
using Actas.Pipeline.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The parts of a .docx the reader needs: the Open XML SDK opens the package and finds the main document part
/// and its styles, numbering, header and footer parts through their relationships; each part's XML is then parsed with LINQ to
/// XML instead of the SDK's typed DOM, which cost about 8 ms of the 11 ms a document took to read.
/// </summary>
public sealed class DocxPackage
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private DocxPackage(XElement body, XElement? styles, XElement? numbering, IReadOnlyDictionary<string, XElement> headersAndFooters, bool evenAndOddHeaders, XElement? footnotes, XElement? endnotes, XElement? comments, IReadOnlyDictionary<string, DocxAltChunk> altChunks, IReadOnlyList<DocxPicture> pictures, IReadOnlyDictionary<string, IReadOnlyList<DocxDiagramNode>> diagrams)
    {
        Diagrams = diagrams;
        Pictures = pictures;
        AltChunks = altChunks;
        Footnotes = footnotes;
        Endnotes = endnotes;
        Comments = comments;
        Body = body;
        Styles = styles;
        Numbering = numbering;
        HeadersAndFooters = headersAndFooters;
        EvenAndOddHeaders = evenAndOddHeaders;
    }

    /// <summary><c>w:body</c>.</summary>
    public XElement Body { get; }

    /// <summary><c>w:styles</c>, or null when the package has no styles part.</summary>
    public XElement? Styles { get; }

    /// <summary><c>w:comments</c>, or null when the package has no comments part.</summary>
    public XElement? Comments { get; }

    /// <summary><c>w:numbering</c>, or null when the package has no numbering part.</summary>
    public XElement? Numbering { get; }

    /// <summary>Header and footer parts (<c>w:hdr</c>, <c>w:ftr</c>) by relationship id; empty when there are none.</summary>
    public IReadOnlyDictionary<string, XElement> HeadersAndFooters { get; }

    /// <summary><c>w:footnotes</c>, or null when the package has no footnotes part.</summary>
    public XElement? Footnotes { get; }

    /// <summary><c>w:endnotes</c>, or null when the package has no endnotes part.</summary>
    public XElement? Endnotes { get; }

    /// <summary>
    /// The imported parts (<c>w:altChunk</c>'s targets, <c>…/aFChunk</c> relationships) by relationship id; empty when there
    /// are none.
    /// </summary>
    public IReadOnlyDictionary<string, DocxAltChunk> AltChunks { get; }

    /// <summary>
    /// The SmartArt graphics' text (<see cref="DocxDiagramText"/>) by the relationship id of their data part (<c>dgm:relIds/@r:dm</c>);
    /// empty for most actas.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DocxDiagramNode>> Diagrams { get; }

    /// <summary>The body's pictures that may hold a table (<see cref="DocxPictureReader.Candidates"/>), their images loaded; empty for most actas.</summary>
    public IReadOnlyList<DocxPicture> Pictures { get; }

    /// <summary>Whether even pages have headers and footers of their own (<c>w:evenAndOddHeaders</c> in the settings part).</summary>
    public bool EvenAndOddHeaders { get; }

    /// <summary>Throws <see cref="ActaReadException"/> (corrupt) when there is no main part or no body; package and XML errors propagate.</summary>
    public static DocxPackage Open(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart ?? throw ActaReadException.Corrupt(name, "Word document (no main document part)");
        var root = Load(main);
        var body = root.Name == WordNames.Document ? root.Element(WordNames.Body) : null;
        if (body is null)
        {
            throw ActaReadException.Corrupt(name, "Word document (no document body)");
        }

        var headersAndFooters = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts))
        {
            headersAndFooters.TryAdd(main.GetIdOfPart(part), Load(part));
        }

        // The settings part is read only for what headers need: most actas have no headers.
        var evenAndOdd = headersAndFooters.Count > 0 && main.DocumentSettingsPart is { } settings &&
            LenientValues.On(Load(settings).Element(WordNames.EvenAndOddHeaders)) == true;
        return new DocxPackage(
            body,
            main.StyleDefinitionsPart is { } styles ? Load(styles) : null,
            main.NumberingDefinitionsPart is { } numbering ? Load(numbering) : null,
            headersAndFooters,
            evenAndOdd,
            main.FootnotesPart is { } footnotes ? Load(footnotes) : null,
            main.EndnotesPart is { } endnotes ? Load(endnotes) : null,
            main.WordprocessingCommentsPart is { } comments ? Load(comments) : null,
            AltChunksOf(main),
            PicturesOf(main, body),
            DiagramsOf(main));
    }

    private static List<DocxPicture> PicturesOf(MainDocumentPart main, XElement body)
    {
        var pictures = new List<DocxPicture>();
        if (!main.ImageParts.Any())
        {
            return pictures;
        }

        foreach (var (child, id, width) in DocxPictureReader.Candidates(body))
        {
            // A screenshot is a lossless picture; a JPEG is a photo or a scan (a signature sheet), no pasted table.
            if (main.TryGetPartById(id, out var part) && part is ImagePart image && !image.ContentType.Contains("jpeg", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                pictures.Add(new DocxPicture(child, image.ContentType, copy.ToArray(), width, image.Uri.OriginalString));
            }
        }

        return pictures;
    }

    /// <summary>The saved drawing is loaded only when the data part has no text (a graphic whose data another program left empty).</summary>
    private static Dictionary<string, IReadOnlyList<DocxDiagramNode>> DiagramsOf(MainDocumentPart main)
    {
        var diagrams = new Dictionary<string, IReadOnlyList<DocxDiagramNode>>(StringComparer.Ordinal);
        foreach (var part in main.DiagramDataParts)
        {
            var data = Load(part);
            var nodes = DocxDiagramText.Nodes(data);
            if (nodes.Count == 0 && DocxDiagramText.DrawingId(data) is { } drawingId &&
                (main.TryGetPartById(drawingId, out var drawing) || part.TryGetPartById(drawingId, out drawing)))
            {
                nodes = DocxDiagramText.ShapeNodes(Load(drawing));
            }

            diagrams.TryAdd(main.GetIdOfPart(part), nodes);
        }

        return diagrams;
    }

    private static Dictionary<string, DocxAltChunk> AltChunksOf(MainDocumentPart main)
    {
        var chunks = new Dictionary<string, DocxAltChunk>(StringComparer.Ordinal);
        foreach (var part in main.AlternativeFormatImportParts)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            chunks.TryAdd(main.GetIdOfPart(part), new DocxAltChunk(part.ContentType, copy.ToArray()));
        }

        return chunks;
    }

    private static XElement Load(OpenXmlPart part)
    {
        XDocument document;
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        using (var reader = XmlReader.Create(stream, Settings))
        {
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }

        var root = document.Root ?? throw new XmlException($"{part.Uri} has no root element");
        if (root.Name.Namespace == WordNames.StrictW)
        {
            ToTransitional(root);
        }

        return root;
    }

    /// <summary>ISO/IEC 29500 strict names → transitional, so one set of names reads both.</summary>
    private static void ToTransitional(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Name.Namespace == WordNames.StrictW)
            {
                element.Name = WordNames.W + element.Name.LocalName;
            }

            foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == WordNames.StrictW).ToList())
            {
                attribute.Remove();
                element.SetAttributeValue(WordNames.W + attribute.Name.LocalName, attribute.Value);
            }
        }
    }
}
