using System.IO.Compression;
using System.Text;

namespace Actas.Cli.Tests;

/// <summary>
/// Small files that kill a reader's process rather than raise an error (issue 11), made at run time: a few hundred
/// bytes each, so no blob is checked in.
/// </summary>
internal static class HostileFixtures
{
    /// <summary>
    /// A .docx of <paramref name="depth"/> tables each nested in the one cell of the one before (11 KB at 20,000):
    /// a reader that recurses per table overflows the stack.
    /// </summary>
    public static void WriteNestedTablesDocx(string path, int depth = 20_000)
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:tbl><w:tr><w:tc>", depth);
        body.Append("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:tc></w:tr></w:tbl><w:p/>", depth);
        WriteDocx(path, body.ToString());
    }

    /// <summary>
    /// A .docx whose paragraph sits in <paramref name="depth"/> nested content controls (<c>w:sdt</c>), found by
    /// scripts/fuzz/fuzz_readers.py (seed 12): the Word reader walks it for minutes before the stack gives out.
    /// </summary>
    public static void WriteNestedContentControlsDocx(string path, int depth = 30_000)
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:sdt><w:sdtContent>", depth);
        body.Append("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:sdtContent></w:sdt>", depth);
        WriteDocx(path, body.ToString());
    }

    /// <summary>
    /// A one-page PDF (515 bytes) whose page's <c>/Contents 4 0 R</c> is object 4, and object 4 is <c>4 0 R</c>:
    /// PdfPig 0.1.16 resolves the reference for ever (the shape of its issues #1096 and #1274).
    /// </summary>
    public static void WriteSelfReferencingPdf(string path) => WritePdf(path, new Dictionary<int, string>
    {
        [1] = "<< /Type /Catalog /Pages 2 0 R >>",
        [2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        [3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        [4] = "4 0 R",
        [5] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    });

    /// <summary>
    /// A .docx whose document.xml inflates to about <paramref name="megabytes"/> MB of short paragraphs, at a ratio
    /// under the zip-bomb guard (a few dozen words, shuffled): readable, but it needs many times its size in memory.
    /// </summary>
    public static void WriteInflatingDocx(string path, int megabytes)
    {
        var random = new Random(11);
        var words = Enumerable.Range(0, 60).Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 7)).Select(_ => (char)('a' + random.Next(10)))])).ToArray();
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(zip, "[Content_Types].xml", ContentTypes);
        WriteEntry(zip, "_rels/.rels", Relationships);
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(DocumentStart);
        var line = new StringBuilder();
        for (long written = 0; written < megabytes * 1024L * 1024; written += line.Length)
        {
            line.Clear().Append("<w:p><w:r><w:t>");
            for (var w = 0; w < 12; w++)
            {
                line.Append(words[random.Next(words.Length)]).Append(' ');
            }

            line.Append("</w:t></w:r></w:p>");
            writer.Write(line);
        }

        writer.Write(DocumentEnd);
    }

    private const string DocumentStart =
        """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";

    private const string DocumentEnd = "</w:body></w:document>";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string Relationships =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>A .docx written as raw XML: the Open XML SDK itself recurses when it saves a deep tree.</summary>
    private static void WriteDocx(string path, string bodyXml)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(zip, "[Content_Types].xml", ContentTypes);
        WriteEntry(zip, "_rels/.rels", Relationships);
        WriteEntry(zip, "word/document.xml", DocumentStart + bodyXml + DocumentEnd);
    }

    private static void WriteEntry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    /// <summary>A PDF with these numbered objects and a correct cross-reference table.</summary>
    private static void WritePdf(string path, IReadOnlyDictionary<int, string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects.OrderBy(o => o.Key))
        {
            offsets[number] = pdf.Length;
            pdf.Append($"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets.Values)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllText(path, pdf.ToString(), Encoding.ASCII);
    }
}
