namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// The font size most of a document's text is set in so far, page by page (by characters of the pages' lines, tables
/// apart): the measure a page of endnotes, all set smaller, is compared with (<see cref="PdfFootnoteFilter"/>).
/// </summary>
public sealed class PdfTextSize
{
    private readonly Dictionary<double, int> _characters = [];

    /// <summary>The most used size of the pages added, in points; null before a page with lines.</summary>
    public double? Size { get; private set; }

    public void Add(PdfPageContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var line in page.Lines)
        {
            var size = Math.Round(line.FontSize, 1);
            _characters[size] = _characters.GetValueOrDefault(size) + line.Text.Length;
        }

        Size = _characters.Count == 0 ? null : _characters.MaxBy(s => s.Value).Key;
    }
}
