using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>A spreadsheet printed from the browser: column letters over the grid, row numbers in a gutter left of it.</summary>
public sealed class SpreadsheetHeadingsTests
{
    private static List<PdfWord> Sheet(bool letters)
    {
        var words = new List<PdfWord>();
        if (letters)
        {
            words.AddRange(Words("A", 120, 700));
            words.AddRange(Words("B", 330, 700));
            words.AddRange(Words("C", 480, 700));
        }

        string[] cells = ["Nombre|Institución|Sector", "Rosa Vidal Ochoa|Secretaría de Salud|Gobierno", "Tomás Ibarra Luna|Colectivo Barrio|Sociedad civil"];
        for (var i = 0; i < cells.Length; i++)
        {
            var baseline = 686.0 - (i * 14);
            var parts = cells[i].Split('|');
            words.AddRange(Words($"{i + 1}", 20, baseline));
            words.AddRange(Words(parts[0], 40, baseline));
            words.AddRange(Words(parts[1], 260, baseline));
            words.AddRange(Words(parts[2], 440, baseline));
        }

        words.AddRange(Words("Hoja 2", 10, 600));
        return words;
    }

    private static string Text(List<PdfWord> words) => string.Join(" ", words.Select(w => w.Text));

    [Fact]
    public void Column_letters_and_row_numbers_of_a_printed_sheet_are_not_text()
    {
        var kept = SpreadsheetHeadings.Filter(Sheet(letters: true));

        Assert.DoesNotContain(kept, w => w.Text is "A" or "B" or "C" or "1" or "3");
        Assert.StartsWith("Nombre Institución Sector Rosa", Text(kept), StringComparison.Ordinal);
        Assert.EndsWith("Hoja 2", Text(kept), StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_first_column_without_column_letters_is_kept()
    {
        var words = Sheet(letters: false);

        Assert.Equal(words.Count, SpreadsheetHeadings.Filter(words).Count);
    }
}
