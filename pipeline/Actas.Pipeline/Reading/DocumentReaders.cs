using Actas.Pipeline.Reading.Docx;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading;

/// <summary>The readers Actas ships with.</summary>
public static class DocumentReaders
{
    public static DocumentReaderRegistry CreateDefault() => CreateDefault(OcrOptions.Default);

    /// <param name="ocr">How scanned pages and images are read; one OCR engine serves the PDF and image readers.</param>
    public static DocumentReaderRegistry CreateDefault(OcrOptions ocr)
    {
        var engine = new OcrEngine(ocr, PdfReaderOptions.Default);
        return new(
        [
            new TextDumpReader(),
            new DocxReader(new DocxPackageGuard(), DocxReaderOptions.Default, new DocxPictureReader(engine, PdfReaderOptions.Default)),
            new PdfReader(PdfReaderOptions.Default, engine),
            new ImageReader(PdfReaderOptions.Default, engine),
            new LegacyOfficeReader(),
        ]);
    }
}
