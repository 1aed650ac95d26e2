using System.Globalization;
using System.Text;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A fillable PDF form: labels printed on the page, values only in form fields (widgets without a page reference, as
/// hand-made forms write them). The reader puts each value in its box, so label and value read together as table rows.
/// </summary>
public sealed class PdfFormFieldsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Form_field_values_are_read_beside_their_printed_labels()
    {
        var path = _temp.File("minuta-formulario.pdf");
        File.WriteAllBytes(path, FormPdf(
            labels:
            [
                ("Lugar de reunión", 60, 700), ("Persona responsable del", 60, 680), ("seguimiento", 60, 671), ("¿Hubo quórum?", 60, 650), ("Sí", 215, 650), ("No", 255, 650),
                ("Lista de presentes", 60, 600), ("Dependencia", 330, 570), ("Nombre", 200, 570), ("Núm.", 60, 570), ("1", 60, 552), ("2", 60, 532),
            ],
            fields:
            [
                ("/FT /Tx /V (Auditorio norte)", (200, 696, 500, 710)),
                ("/FT /Tx /V (Marta Quiroz Leal)", (200, 676, 500, 690)),
                ("/FT /Btn /V /Off /AS /Off", (200, 648, 210, 658)),
                ("/FT /Btn /V /Yes /AS /Yes", (240, 648, 250, 658)),
                ("/FT /Tx /V (Hugo Salas Pinto)", (200, 548, 320, 562)),
                ("/FT /Ch /Ff 131072 /V (Alcaldia Coyoacan)", (330, 548, 500, 562)),
                ("/FT /Tx /V (Iris Cano Vela)", (200, 528, 320, 542)),
                ("/FT /Tx /V ()", (330, 528, 500, 542)),
            ]));

        var tables = new PdfReader().Read(path, ReadOptions.Default).Blocks.OfType<Table>().ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(
            [["Lugar de reunión", "Auditorio norte"], ["Persona responsable del seguimiento", "Marta Quiroz Leal"], ["¿Hubo quórum?", "☐ Sí ☒ No"]],
            tables[0].Rows.Select(r => r.Cells.Select(c => string.Join(' ', c.Paragraphs)).ToList()).ToList());
        Assert.Equal(
            [["Núm.", "Nombre", "Dependencia"], ["1", "Hugo Salas Pinto", "Alcaldia Coyoacan"], ["2", "Iris Cano Vela", ""]],
            tables[1].Rows.Select(r => r.Cells.Select(c => string.Join(' ', c.Paragraphs)).ToList()).ToList());
    }

    /// <summary>One page: the labels as page text (Helvetica 9), the fields as widget annotations listed in the AcroForm.</summary>
    private static byte[] FormPdf(IReadOnlyList<(string Text, double X, double Y)> labels, IReadOnlyList<(string Entries, (double L, double B, double R, double T) Rect)> fields)
    {
        var content = new StringBuilder("BT /F1 9 Tf\n");
        foreach (var (text, x, y) in labels)
        {
            content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {x} {y} Tm ({Escape(text)}) Tj\n");
        }

        content.Append("ET\n");
        var first = 6;
        var refs = string.Join(' ', fields.Select((_, i) => $"{first + i} 0 R"));
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{refs}] /DA (/Helv 9 Tf 0 g) >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [{refs}] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Latin1(content.ToString()).Length} >>\nstream\n{content}endstream",
        };
        objects.AddRange(fields.Select((f, i) => string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Annot /Subtype /Widget /T (campo{i}) {f.Entries} /F 4 /DA (/Helv 9 Tf 0 g) /Rect [{f.Rect.L} {f.Rect.B} {f.Rect.R} {f.Rect.T}] >>")));
        var pdf = new StringBuilder("%PDF-1.6\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Latin1(pdf.ToString()).Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Latin1(pdf.ToString()).Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Latin1(pdf.ToString());
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
