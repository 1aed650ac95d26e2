using System.Globalization;
using System.Xml.Linq;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// A picture that may hold a table: the body child it stands in, its image part's bytes, its width on the page and the part's
/// name in the package ("/word/media/image3.png", "/media/image.png").
/// </summary>
public sealed record DocxPicture(int Child, string ContentType, byte[] Bytes, long WidthEmu, string? Name = null);

/// <summary>
/// A table pasted into Word as a picture (blind batch AE, AE6: a screenshot of a spreadsheet range where the report table
/// should be, no alt text): a body paragraph that holds nothing but one large picture, most of the text's width, is read by
/// OCR into blocks (the picture's table rows and lines) that stand where the picture stands. Logos, signatures and pictures
/// beside text are not read. As for scans, OCR is optional: with <c>--ocr never</c>, or without Tesseract or ImageMagick,
/// the picture stays unread, and <see cref="Unread"/> says so in the acta's warnings.
/// </summary>
public sealed class DocxPictureReader(OcrEngine engine, PdfReaderOptions pdf)
{
    /// <summary>Narrower pictures are no table: 12 cm, most of a page's text width.</summary>
    public const long MinWidthEmu = 12 * 360_000;

    /// <summary>Lower pictures are no table: 1.5 cm, a header row and a row.</summary>
    public const long MinHeightEmu = 15 * 36_000;

    private const double EmuPerInch = 914_400;
    private const int Dpi = 300;


    private readonly PdfBlockAssembler _assembler = new(new ParagraphGrouper(pdf.Paragraphs), new ContinuationGridAligner());

    /// <summary>
    /// The body's picture-only paragraphs with one large inline or anchored picture at least twice as wide as high (a strip
    /// of table rows; a scanned signature sheet or a photo is taller): (body child index, image relationship id, width in EMU).
    /// </summary>
    public static IReadOnlyList<(int Child, string Id, long WidthEmu)> Candidates(XElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var found = new List<(int, string, long)>();
        var index = 0;
        foreach (var child in body.Elements())
        {
            if (child.Name == WordNames.ParagraphElement && child.Descendants(WordNames.Drawing).ToList() is [var drawing] &&
                !child.Descendants(WordNames.Text).Any(t => !string.IsNullOrWhiteSpace(t.Value)) &&
                drawing.Descendants(WordNames.WordprocessingDrawing + "extent").FirstOrDefault() is { } extent &&
                long.TryParse(extent.Attribute("cx")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cx) &&
                long.TryParse(extent.Attribute("cy")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cy) &&
                cx >= MinWidthEmu && cy >= MinHeightEmu && cx >= 2 * cy &&
                drawing.Descendants(WordNames.DrawingMain + "blip").FirstOrDefault()?.Attribute(WordNames.Relationships + "embed")?.Value is { Length: > 0 } id)
            {
                found.Add((index, id, cx));
            }

            index++;
        }

        return found;
    }

    /// <summary>
    /// The body with each picture's blocks after the blocks of the body children before it; the pictures' blocks take block
    /// indices from <paramref name="firstFree"/> on. The body itself when there is nothing to read or OCR is off or missing.
    /// </summary>
    public IReadOnlyList<LayoutBlock> Insert(string file, IReadOnlyList<LayoutBlock> body, IReadOnlyList<DocxPicture> pictures, int firstFree, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(pictures);
        ArgumentNullException.ThrowIfNull(options);
        if (pictures.Count == 0 || !CanRead(options))
        {
            return body;
        }

        var next = firstFree;
        var result = body.ToList();
        foreach (var picture in pictures.OrderByDescending(p => p.Child))
        {
            var blocks = Read(file, picture, cancellationToken);
            if (blocks.Count == 0)
            {
                continue;
            }

            var at = result.FindIndex(b => b.Location.Region is null && b.Location.Block > picture.Child);
            result.InsertRange(at < 0 ? result.Count : at, blocks.Select(b => Relocated(b, next++)));
        }

        return result;
    }

    /// <summary>
    /// One warning for each picture <see cref="Insert"/> leaves unread because OCR is off or its tools are missing, naming the
    /// picture and why: the table it may hold (a goal's report) is missing from the acta, and whoever reads the acta's warnings
    /// should learn it from them, as for a scan read without OCR. None when the pictures are read or there are none.
    /// </summary>
    public IReadOnlyList<Issue> Unread(IReadOnlyList<DocxPicture> pictures, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        ArgumentNullException.ThrowIfNull(options);
        if (pictures.Count == 0 || CanRead(options))
        {
            return [];
        }

        // The reason is a sentence of its own shape in WarningWords.resx, so it reads Spanish inside the warning too.
        var why = options.Ocr == OcrMode.Never ? "OCR is off (--ocr never)" : "OCR needs Tesseract and ImageMagick, and one is missing";
        return [.. pictures.Select(p => new Issue("docx-picture-not-read", Severity.Warning, $"body paragraph {p.Child + 1}", string.Create(CultureInfo.InvariantCulture,
            $"picture {p.Name ?? "?"} ({p.WidthEmu / 360_000.0:0.#} cm wide, alone in its paragraph) may be a table pasted as an image and was not read: {why}")))];
    }

    private bool CanRead(ReadOptions options) =>
        options.Ocr != OcrMode.Never && ExternalTool.Find(engine.Options.Tesseract) is not null && ExternalTool.Find(engine.Options.ImageConverter) is not null;

    /// <summary>One picture's blocks, page breaks left out; none when OCR finds no word.</summary>
    private List<LayoutBlock> Read(string file, DocxPicture picture, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("actas-picture-");
        try
        {
            var source = Path.Combine(work.FullName, "picture" + Extension(picture.ContentType));
            File.WriteAllBytes(source, picture.Bytes);
            // Scaled to 300 dpi of its size on the page: the resolution the OCR chain is tuned for.
            var width = Math.Max(1, (int)Math.Round(picture.WidthEmu / EmuPerInch * Dpi));
            var pages = engine.Read(file, "a picture in the text", [1], (_, image, token) =>
            {
                ExternalTool.Run(file, "a picture in the text", engine.Options.ImageConverter,
                    [source + "[0]", "-background", "white", "-alpha", "remove", "-resize", width.ToString(CultureInfo.InvariantCulture) + "x",
                     "-colorspace", "Gray", "-depth", "8", image], token);
                return (double)Dpi;
            }, null, cancellationToken);
            var contents = pages.Values.SelectMany(p => p.Contents).ToList();
            if (pages.Values.Sum(p => p.Words.Count) == 0)
            {
                return [];
            }

            return [.. _assembler.Assemble(contents, PdfBlockAssembler.StylerFor(contents), []).Where(b => b is not PageBreak)];
        }
        catch (ActaReadException)
        {
            return []; // a picture the tools cannot read is no reason to refuse the acta
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the read.
            }
        }
    }

    private static LayoutBlock Relocated(LayoutBlock block, int index)
    {
        var location = block.Location with { Page = null, Block = index, Box = null };
        return block switch
        {
            Table table => table with { Location = location },
            Paragraph paragraph => paragraph with { Location = location },
            _ => block,
        };
    }

    private static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" or "image/jpg" => ".jpg",
        "image/gif" => ".gif",
        "image/bmp" => ".bmp",
        "image/tiff" => ".tif",
        _ => ".png",
    };
}
