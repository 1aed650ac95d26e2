using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A printed form: each value in a box of its own, its label outside the box on the left, right-aligned against it;
/// two fields on some bands. The labelled boxes are read as one grid of label | value rows.
/// Text without accents: the standard 14 fonts of PdfPig's builder have none.
/// </summary>
public sealed class FormFieldBoxesTests : IDisposable
{
    private const double Size = 9;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A label ending 6 pt left of a 16 pt high box whose value is written inside it.</summary>
    private static void Field(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string label, double boxLeft, double width, double bottom, string value)
    {
        var labelWidth = page.MeasureText(label, Size, new PdfPoint(0, 0), font).Max(l => l.BoundingBox.Right);
        page.AddText(label, Size, new PdfPoint(boxLeft - 6 - labelWidth, bottom + 5), font);
        page.DrawRectangle(new PdfPoint(boxLeft, bottom), width, 16, 0.5);
        page.AddText(value, Size, new PdfPoint(boxLeft + 4, bottom + 5), font);
    }

    private string Form(bool withNote)
    {
        var path = _temp.File("formulario.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Registro de minuta", 12, new PdfPoint(50, 790), font);
        page.AddText("Espacio de Participacion: Derechos de las Personas Cuidadoras", Size, new PdfPoint(50, 770), font);
        Field(page, font, "Sesion", 140, 170, 740, "IV Sesion Ordinaria");
        Field(page, font, "Modalidad", 400, 120, 740, "Presencial");
        Field(page, font, "Fecha de la sesion", 140, 170, 718, "2021-06-10");
        Field(page, font, "Hora de inicio", 400, 120, 718, "11:00");
        Field(page, font, "Sede", 140, 380, 696, "Sala de juntas de la Secretaria de Salud, Altadena 23");
        if (withNote)
        {
            page.AddText("Los campos marcados son obligatorios.", Size, new PdfPoint(50, 660), font);
        }

        page.AddText("ACUERDOS", 11, new PdfPoint(50, 620), font);
        page.AddText("1. La Secretaria de Salud enviara su informe trimestral.", Size, new PdfPoint(50, 600), font);

        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    [Fact]
    public void Labelled_boxes_are_one_grid_of_label_and_value_cells()
    {
        var document = new PdfReader().Read(Form(withNote: true), ReadOptions.Default);

        var table = Assert.Single(document.Blocks.OfType<Table>());
        Assert.Equal(
            ["Sesion | IV Sesion Ordinaria | Modalidad | Presencial",
             "Fecha de la sesion | 2021-06-10 | Hora de inicio | 11:00",
             "Sede | Sala de juntas de la Secretaria de Salud, Altadena 23"],
            table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => string.Join(" ", c.Paragraphs)))));
        // Read where the form stands: after the title, before the note under it.
        var order = document.Blocks.Take(4).Select(b => b is Table ? "table" : ((Paragraph)b).Text).ToList();
        Assert.Equal(["Registro de minuta", "Espacio de Participacion: Derechos de las Personas Cuidadoras", "table", "Los campos marcados son obligatorios."], order);
    }

    [Fact]
    public void The_session_number_and_place_come_from_their_fields()
    {
        var document = new PdfReader().Read(Form(withNote: false), ReadOptions.Default);

        var acta = new ActaExtractor().Extract(document);

        Assert.Equal(4, acta.Session.Number);
        Assert.Equal("Derechos de las Personas Cuidadoras", acta.Session.Body);
        Assert.StartsWith("Sala de juntas de la Secretaria de Salud", acta.Session.Place);
    }

    [Fact]
    public void A_box_whose_line_runs_on_to_its_left_is_no_field()
    {
        var path = _temp.File("recuadros.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        foreach (var (y, text) in new[] { (740.0, "uno"), (718.0, "dos"), (696.0, "tres") })
        {
            // A sentence running from the margin up to a boxed word: the words before the box are not its label.
            page.AddText("El dato que se reporta en la columna de la derecha es el numero", Size, new PdfPoint(50, y + 5), font);
            page.DrawRectangle(new PdfPoint(380, y), 60, 16, 0.5);
            page.AddText(text, Size, new PdfPoint(384, y + 5), font);
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        Assert.DoesNotContain(document.Blocks.OfType<Table>(), t => t.ColumnCount > 1);
    }
}
