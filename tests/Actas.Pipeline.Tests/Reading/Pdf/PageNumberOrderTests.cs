using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// Pages whose "Página n de N" say they are out of order (a duplex scan's backs reversed) are read in the order of their
/// numbers, a blank page last; pages any of which lacks its number, or already in order, keep the file's order.
/// </summary>
public sealed class PageNumberOrderTests
{
    [Fact]
    public void Pages_numbered_out_of_order_are_read_by_their_numbers_and_a_blank_back_goes_last()
    {
        var pages = new[] { Page(1, "Minuta de la reunión", "Pág. 1 de 3"), Page(2, "Acuerdos de la reunión", "Pág. 3 de 3"), Blank(3), Page(4, "Metas de la estrategia", "Pág. 2 de 3") };

        Assert.Equal([1, 4, 2, 3], PageNumberOrder.Restore(pages).Select(p => p.Number));
    }

    [Fact]
    public void A_page_without_its_number_or_pages_in_order_keep_the_files_order()
    {
        var missing = new[] { Page(1, "Minuta", "Página 1 de 3"), Page(2, "Acuerdos", "Página 3 de 3"), Page(3, "Metas sin pie de página", "Firma") };
        var inOrder = new[] { Page(1, "Minuta", "Página 1 de 2"), Page(2, "Acuerdos", "Página 2 de 2") };

        Assert.Same(missing, PageNumberOrder.Restore(missing));
        Assert.Same(inOrder, PageNumberOrder.Restore(inOrder));
    }

    [Fact]
    public void The_pdf_reader_gives_a_duplex_scans_reversed_pages_in_the_order_of_their_numbers()
    {
        // A text PDF whose second and third sheets were saved the wrong way round, each with its own "Pág. n de 3".
        using var temp = new TempDirectory();
        var path = temp.File("hojas-invertidas.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var (text, sheet) in new[] { ("Inicio de la minuta de trabajo", 1), ("Cierre de la minuta de trabajo", 3), ("Parte media de la minuta de trabajo", 2) })
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(text, 11, new PdfPoint(60, 760), font);
            page.AddText($"Pag. {sheet} de 3", 9, new PdfPoint(270, 40), font);
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        var body = document.Blocks.OfType<Paragraph>().Select(p => p.Text).Where(t => t.Contains("minuta", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Inicio de la minuta de trabajo", "Parte media de la minuta de trabajo", "Cierre de la minuta de trabajo"], body);
    }

    private static PdfPageContent Page(int number, string body, string footer) =>
        new(number, 842, [Line(body, 57, 700), Line(footer, 280, 40)], [], 6);

    private static PdfPageContent Blank(int number) => new(number, 842, [], [], 0);
}
