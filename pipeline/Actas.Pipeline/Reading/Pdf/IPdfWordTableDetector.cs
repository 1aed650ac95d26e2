namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Finds tables from how words line up, without drawn rules (Tabula's and Camelot's "stream"
/// mode). Takes <see cref="PdfWord"/>s, not PdfPig objects, so OCR words can use it too.
/// </summary>
public interface IPdfWordTableDetector
{
    PdfWordTables Detect(PdfWordTableInput input);
}
