using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Actas.Pipeline.Diagnostics;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The parts of a .docx the reader needs, parsed with LINQ to XML straight from the zip: the main document part
/// (found through <c>_rels/.rels</c>, as Word does), and its styles and numbering parts (through the main part's
/// relationships). Open XML SDK's typed DOM cost about four times as much per document for the same reading.
/// </summary>
public sealed class DocxPackage
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private DocxPackage(XElement body, XElement? styles, XElement? numbering)
    {
        Body = body;
        Styles = styles;
        Numbering = numbering;
    }

    /// <summary><c>w:body</c>.</summary>
    public XElement Body { get; }

    /// <summary><c>w:styles</c>, or null when the package has no styles part.</summary>
    public XElement? Styles { get; }

    /// <summary><c>w:numbering</c>, or null when the package has no numbering part.</summary>
    public XElement? Numbering { get; }

    /// <summary>Throws <see cref="ActaReadException"/> (corrupt) when there is no main part or no body; XML and zip errors propagate.</summary>
    public static DocxPackage Open(ZipArchive zip, string name)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var mainPath = Targets(zip, "", "/officeDocument").FirstOrDefault(p => Entry(zip, p) is not null)
            ?? throw ActaReadException.Corrupt(name, "Word document (no main document part)");
        var document = Load(Entry(zip, mainPath)!);
        var body = document.Name == WordNames.Document ? document.Element(WordNames.Body) : null;
        if (body is null)
        {
            throw ActaReadException.Corrupt(name, "Word document (no document body)");
        }

        return new DocxPackage(body, Part(zip, mainPath, "/styles"), Part(zip, mainPath, "/numbering"));
    }

    private static XElement? Part(ZipArchive zip, string source, string type) =>
        Targets(zip, source, type).Select(p => Entry(zip, p)).FirstOrDefault(e => e is not null) is { } entry ? Load(entry) : null;

    /// <summary>Zip paths of the internal targets of <paramref name="source"/>'s relationships whose type ends in <paramref name="typeSuffix"/>.</summary>
    private static IEnumerable<string> Targets(ZipArchive zip, string source, string typeSuffix)
    {
        var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : "";
        var relsPath = folder + "_rels/" + source[folder.Length..] + ".rels";
        if (Entry(zip, relsPath) is not { } rels)
        {
            yield break;
        }

        XDocument document;
        using (var stream = rels.Open())
        using (var reader = XmlReader.Create(stream, Settings))
        {
            document = XDocument.Load(reader);
        }

        foreach (var relationship in document.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            var type = relationship.Attribute("Type")?.Value;
            var target = relationship.Attribute("Target")?.Value;
            if (type is null || target is null || !type.EndsWith(typeSuffix, StringComparison.Ordinal) ||
                string.Equals(relationship.Attribute("TargetMode")?.Value, "External", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return Resolve(folder, Uri.UnescapeDataString(target));
        }
    }

    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : folder + target).Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Part names are case-insensitive (ECMA-376 part 2, 9.1.1.1); a leading slash in the zip is tolerated.</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.TrimStart('/'), path, StringComparison.OrdinalIgnoreCase));

    private static XElement Load(ZipArchiveEntry entry)
    {
        XDocument document;
        using (var stream = entry.Open())
        using (var reader = XmlReader.Create(stream, Settings))
        {
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }

        var root = document.Root ?? throw new XmlException($"{entry.FullName} has no root element");
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
