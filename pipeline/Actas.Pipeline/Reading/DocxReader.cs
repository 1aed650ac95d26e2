using System.Xml;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Docx;
using DocumentFormat.OpenXml.Packaging;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Reads Word .docx files (package opened by the Open XML SDK, parts' XML read with LINQ to XML, <see cref="DocxPackage"/>): body paragraphs and tables in order, heading
/// styles, Word numbering as list labels, explicit page breaks as <see cref="PageBreak"/> blocks,
/// and tables on their column grid (<see cref="Table.SpansKnown"/> is true). The zip is checked
/// for bombs before anything is inflated.
/// </summary>
public sealed class DocxReader(DocxPackageGuard guard) : IDocumentReader
{
    public DocxReader()
        : this(new DocxPackageGuard())
    {
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var name = options.DisplayName ?? Path.GetFileName(path);
        guard.Check(path, name, options);
        try
        {
            using var stream = File.OpenRead(path);
            var package = Open(stream, name);
            var styles = new DocxStyles(package.Styles);
            var numbering = new DocxListNumbering(package.Numbering);
            var blocks = new DocxBodyWalker(styles, numbering).Walk(package.Body, cancellationToken);
            return new LayoutDocument(name, "docx", FileFingerprint.Sha256(path), PageCount: null, blocks, []);
        }
        catch (Exception ex) when (IsFormatError(ex))
        {
            throw ActaReadException.Corrupt(name, "Word document", ex);
        }
    }

    /// <summary>
    /// Opens the package and loads its parts. System.IO.Packaging reports broken part references with
    /// InvalidOperationException and ArgumentException, which elsewhere mean bugs, so they count as damage only here.
    /// </summary>
    private static DocxPackage Open(Stream stream, string name)
    {
        try
        {
            return DocxPackage.Open(stream, name);
        }
        catch (Exception ex) when (IsFormatError(ex) || ex is InvalidOperationException or ArgumentException)
        {
            throw ActaReadException.Corrupt(name, "Word document", ex);
        }
    }

    /// <summary>What the SDK and the zip/XML layers throw for a damaged package; anything else is a bug and propagates.</summary>
    private static bool IsFormatError(Exception ex) =>
        ex is InvalidDataException or OpenXmlPackageException or XmlException or FormatException
            or IOException or NotSupportedException or KeyNotFoundException;
}
