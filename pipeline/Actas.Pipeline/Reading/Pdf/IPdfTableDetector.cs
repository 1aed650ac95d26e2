namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Finds table grids on a page from its drawn rules.</summary>
public interface IPdfTableDetector
{
    IReadOnlyList<PdfGrid> Detect(IReadOnlyList<RulingSegment> rules);
}
