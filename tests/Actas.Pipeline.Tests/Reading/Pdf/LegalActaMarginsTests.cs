using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>What a legal acta prints around its text: line numbers in the margin and the hyphen fill closing each paragraph.</summary>
public sealed class LegalActaMarginsTests
{
    private static List<PdfWord> Page(IEnumerable<(string Number, string Text)> lines)
    {
        var words = new List<PdfWord>();
        var baseline = 760.0;
        foreach (var (number, text) in lines)
        {
            if (number.Length > 0)
            {
                words.AddRange(Words(number, 45 - (number.Length * Size / 2), baseline));
            }

            words.AddRange(Words(text, 57, baseline));
            baseline -= 14;
        }

        return words;
    }

    private static string Text(List<PdfWord> words) => string.Join(" | ", new LineGrouper().Group(words).Select(l => l.Text));

    [Fact]
    public void Line_numbers_counted_by_five_in_the_margin_are_not_text()
    {
        var words = Page(Enumerable.Range(1, 12).Select(i => (i % 5 == 0 ? $"{i}" : "", $"línea {i} del acta")));

        var kept = MarginLineNumbers.Filter(words);

        Assert.Equal(string.Join(" | ", Enumerable.Range(1, 12).Select(i => $"línea {i} del acta")), Text(kept));
    }

    [Fact]
    public void A_numbered_column_counting_by_one_is_kept()
    {
        // An attendance list numbered 1, 2, 3 down its first column is content.
        var words = Page([("1", "Ana Ruiz SEDESA"), ("2", "Luis Pérez SEMUJERES"), ("3", "Eva Soto SIBISO")]);

        Assert.Equal(words.Count, MarginLineNumbers.Filter(words).Count);
    }

    [Fact]
    public void Line_numbers_counted_by_one_and_started_again_after_the_page_header_are_not_text()
    {
        // The page header is numbered apart (1, 2), the body from 1 again, the footer goes on from the header (3).
        (string, string)[] header = [("1", "Comité Vecinal de Obras"), ("2", "Minuta 7/2019 · copia de trabajo")];
        var body = Enumerable.Range(1, 9).Select(i => ($"{i}", $"renglón {i} de la minuta"));
        var words = Page([.. header, .. body, ("3", "Hoja 1")]);

        var kept = MarginLineNumbers.Filter(words);

        Assert.Equal(
            string.Join(" | ", ["Comité Vecinal de Obras", "Minuta 7/2019 · copia de trabajo", .. Enumerable.Range(1, 9).Select(i => $"renglón {i} de la minuta"), "Hoja 1"]),
            Text(kept));
    }

    [Fact]
    public void A_column_counting_by_one_whose_rows_wrap_is_kept()
    {
        // Rows numbered 1 to 5 where one row runs to a second line: a numbered list, not line numbering.
        var words = Page([("1", "Ana Ruiz, directora de"), ("", "programas comunitarios"), ("2", "Luis Pérez"), ("3", "Eva Soto"), ("4", "Raúl Gil"), ("5", "Rosa Luna")]);

        Assert.Equal(words.Count, MarginLineNumbers.Filter(words).Count);
    }

    [Fact]
    public void Numbers_with_text_to_their_left_are_kept()
    {
        var words = Page([("", "Total"), ("", "Total")]);
        words.AddRange(Words("5", 20, 760));
        words.AddRange(Words("10", 20, 746));

        Assert.Equal(words.Count, MarginLineNumbers.Filter(words).Count);
    }

    [Theory]
    [InlineData("conforme al siguiente:-------------------------", "conforme al siguiente:")]
    [InlineData("RETROALIMENTACIÓN.- ---------------", "RETROALIMENTACIÓN.-")]
    [InlineData("INFORME.- Periodo 2019-2020 y 3 - 4", "INFORME.- Periodo 2019-2020 y 3 - 4")]
    public void Hyphen_fill_closing_a_paragraph_is_not_text(string printed, string expected)
    {
        Assert.Equal(expected, Text(HyphenFill.Filter(Words(printed, 57, 700))));
    }
}
