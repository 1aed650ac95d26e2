using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>Builds small Word files and broken packages at test time.</summary>
internal static class DocxFixture
{
    public static void Write(string path, IEnumerable<OpenXmlElement> body, W.Numbering? numbering = null)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new W.Document(new W.Body(body));
        if (numbering is not null)
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
    }

    public static W.Paragraph Para(params OpenXmlElement[] runContent) => new(new W.Run(runContent));

    public static W.Paragraph Para(string text) => Para(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static W.TableCell Cell(params OpenXmlElement[] content) => new(content);

    public static W.TableCell Cell(string text, int span = 1, W.MergedCellValues? merge = null)
    {
        var properties = new W.TableCellProperties();
        if (span > 1)
        {
            properties.Append(new W.GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new W.VerticalMerge { Val = m });
        }

        return new W.TableCell(properties, Para(text));
    }

    public static W.Table Table(int columns, params W.TableRow[] rows)
    {
        var grid = new W.TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new W.GridColumn { Width = "2000" });
        }

        var table = new W.Table(grid);
        table.Append(rows);
        return table;
    }

    public static W.TableRow Row(params W.TableCell[] cells) => new(cells);

    /// <summary>A package whose entries are given as name → content, without any Word part checks.</summary>
    public static void WriteZip(string path, params (string Name, string Content)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
    }

    /// <summary>
    /// A .docx with a valid main part plus one entry of <paramref name="zeros"/> zero bytes:
    /// deflate shrinks zeros about 1,000×, so 64 MiB costs about 64 KB on disk.
    /// </summary>
    public static void WriteZipBomb(string path, long zeros)
    {
        var seed = SeedCorpus.Seed(".docx");
        File.Copy(seed, path, overwrite: true);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        using var stream = zip.CreateEntry("word/media/padding.bin", CompressionLevel.Optimal).Open();
        var buffer = new byte[1 << 20];
        for (long written = 0; written < zeros; written += buffer.Length)
        {
            stream.Write(buffer, 0, (int)Math.Min(buffer.Length, zeros - written));
        }
    }
}
