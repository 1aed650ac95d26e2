using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Builds words and lines for the PDF layout classes without a PDF: 10 pt text, 5 pt per character.</summary>
internal static class PdfLineFactory
{
    public const double Size = 10;

    /// <summary>Words laid left to right from <paramref name="left"/> with one space (3 pt) between them.</summary>
    public static List<PdfWord> Words(string text, double left, double baseline, bool bold = false, double size = Size)
    {
        var words = new List<PdfWord>();
        var x = left;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var width = token.Length * size / 2;
            words.Add(new PdfWord(token, new BoundingBox(x, baseline - (size * 0.2), x + width, baseline + (size * 0.7)), baseline, size, bold));
            x += width + (size * 0.3);
        }

        return words;
    }

    public static PdfLine Line(string text, double left, double baseline, bool bold = false, double size = Size) =>
        new LineGrouper().Group(Words(text, left, baseline, bold, size)).Single();
}
