using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Actas.Cli.Tests;

/// <summary>Bad inputs for the import, made at run time.</summary>
internal static class BadInputFixtures
{
    public const string Letter = """
        Ciudad de México, a 3 de marzo de 2019

        Lic. Roberto Sánchez Pérez
        Director de Administración
        P r e s e n t e

        Por medio de la presente le solicito de la manera más atenta su apoyo para el préstamo de la sala de
        juntas del tercer piso el próximo jueves, de 10:00 a 12:00 horas.

        Sin otro particular, reciba un cordial saludo.

        Atentamente,
        Mtra. Laura Gómez
        """;

    /// <summary>An invoice as a .docx: a header and a table of concepts and amounts.</summary>
    public static void WriteInvoice(string path) => WriteDocx(path,
        ["FACTURA No. A-1234", "Cliente: Papelería El Lápiz, S.A. de C.V.", "Fecha de emisión: 14 de mayo de 2019"],
        [["Cantidad", "Concepto", "Precio unitario", "Importe"], ["10", "Resmas de papel", "$95.00", "$950.00"], ["2", "Tóner", "$1,200.00", "$2,400.00"], ["", "", "Total", "$3,350.00"]]);

    /// <summary>A .docx whose body is one table of <paramref name="rows"/> rows (an inventory pasted into Word).</summary>
    public static void WriteHugeTable(string path, int rows) => WriteDocx(path,
        ["Inventario de folios"],
        [["Folio", "Concepto", "Cantidad", "Observaciones"], .. Enumerable.Range(1, rows).Select(i => (string[])[$"{i}", $"Artículo {i}", $"{i % 17}", "Sin observaciones"])]);

    /// <summary>A two-page PDF with drawings and no text, as a scanner without OCR makes.</summary>
    public static void WriteScannedPdf(string path)
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 300, 200, 1, fill: true);
        builder.AddPage(PageSize.A4).DrawLine(new PdfPoint(50, 400), new PdfPoint(500, 400));
        File.WriteAllBytes(path, builder.Build());
    }

    /// <summary>The first third of the seed .docx, as an interrupted download leaves it.</summary>
    public static void WriteTruncatedDocx(string path)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Seed(".docx"));
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);
    }

    /// <summary>Seed copy <paramref name="k"/> saved as Windows-1252, as old Windows exports are.</summary>
    public static void WriteWindows1252(string path, int k)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllText(path, SeedCopies.Text(k), Encoding.GetEncoding(1252));
    }

    private static void WriteDocx(string path, IEnumerable<string> paragraphs, IEnumerable<string[]> rows)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        foreach (var text in paragraphs)
        {
            body.Append(new Paragraph(new Run(new Text(text))));
        }

        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))).ToArray<OpenXmlElement>()));
        }

        body.Append(table);
        document.AddMainDocumentPart().Document = new Document(body);
    }
}
