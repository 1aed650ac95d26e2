using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// PdfReader, with its default options (word tables on), on borderless tables drawn by the tests the way LibreOffice
/// prints Word tables without rules: 11 pt from line to line inside a cell, 2 pt more between rows.
/// Text without accents: the standard 14 fonts of PdfPig's builder have none.
/// </summary>
public sealed class PdfReaderBorderlessBuiltTests : IDisposable
{
    private const double Size = 10;
    private const double InCell = 11;
    private const double Margin = 2;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Draws rows of cells (each cell a list of lines) at the column lefts from <paramref name="top"/> down; returns the baseline below the last row.</summary>
    private static double Rows(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double[] lefts, double top, IEnumerable<string[][]> rows)
    {
        var y = top;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                for (var l = 0; l < row[c].Length; l++)
                {
                    page.AddText(row[c][l], Size, new PdfPoint(lefts[c], y - (l * InCell)), font);
                }
            }

            y -= (row.Max(cell => Math.Max(cell.Length, 1)) * InCell) + Margin;
        }

        return y;
    }

    private static string[] Cell(params string[] lines) => lines;

    [Fact]
    public void Names_wrapped_in_a_narrow_column_beside_a_merged_sector_column_stay_one_person_each()
    {
        var path = _temp.File("asistencia-estrecha.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("DUODECIMA SESION ORDINARIA DEL ESPACIO DE PARTICIPACION", 12, new PdfPoint(57, 800), bold);
        page.AddText("Fecha: 15 de junio de 2017", Size, new PdfPoint(57, 782), font);
        page.AddText("Personas asistentes", 12, new PdfPoint(57, 760), bold);
        double[] lefts = [57, 140, 255, 370];
        var y = Rows(page, bold, lefts, 735, [[Cell("Sector"), Cell("Nombre"), Cell("Cargo"), Cell("Institucion")]]);
        Rows(page, font, lefts, y, [
            [Cell("Instancias", "ejecutoras"), Cell("Dr. Andres Tellez", "Guerrero"), Cell("Jefe de Servicio"), Cell("Clinica Especializada")],
            [Cell(), Cell("Lic. Sandra Luz", "Benavides Ortega"), Cell("Enlace"), Cell("Secretaria de Salud de la", "Ciudad de Mexico")],
            [Cell(), Cell("Lic. Monica Azpeitia", "Luna"), Cell("Subdirectora de", "Atencion Ciudadana"), Cell("COPRED")],
            [Cell("Sociedad civil"), Cell("Maria Guadalupe", "Hernandez Villasenor", "de la Fuente"), Cell("Directora"), Cell("Casa de las Munecas, A.C.")],
            [Cell(), Cell("Diego Armando Solis"), Cell("Integrante"), Cell("Colectivo Sin Fronteras")],
        ]);
        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        var table = Assert.Single(document.Blocks.OfType<Table>());
        Assert.Equal(
            ["Nombre", "Dr. Andres Tellez Guerrero", "Lic. Sandra Luz Benavides Ortega", "Lic. Monica Azpeitia Luna", "Maria Guadalupe Hernandez Villasenor de la Fuente", "Diego Armando Solis"],
            table.Rows.Select(r => r.Cells[1].Text));
        Assert.Equal("Instancias ejecutoras", table.Rows[1].Cells[0].Text);
        Assert.True(table.Rows[2].Cells[0].ContinuesAbove);
        Assert.Equal("Secretaria de Salud de la Ciudad de Mexico", table.Rows[2].Cells[3].Text);
        Assert.True(table.Rows[5].Cells[0].ContinuesAbove);

        var acta = new ActaExtractor().Extract(document);
        Assert.Equal(5, acta.Attendance.Count);
        Assert.Equal("Secretaria de Salud de la Ciudad de Mexico", acta.Attendance.Single(a => a.Name!.Contains("Benavides", StringComparison.Ordinal)).Institution);
        Assert.Equal(Sector.SociedadCivil, acta.Attendance.Single(a => a.Name!.StartsWith("Diego", StringComparison.Ordinal)).Sector);
    }

    [Fact]
    public void Label_value_grid_without_rules_keeps_one_label_per_row_even_when_the_next_label_would_not_fit()
    {
        // Row step and in-cell step are the same here (no cell margins): the labels end in ':'.
        var path = _temp.File("etiquetas.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        double[] lefts = [57, 120];
        var y = 760.0;
        foreach (var (label, lines) in new[]
        {
            ("Fecha:", new[] { "15/06/2017" }),
            ("Horario:", ["16:00 horas"]),
            ("Sede:", ["Sala de juntas del COPRED, General Prim 10, colonia Centro,", "Delegacion Cuauhtemoc"]),
            ("Objetivo:", ["Retroalimentar las estrategias 549 y 551"]),
        })
        {
            page.AddText(label, Size, new PdfPoint(lefts[0], y), font);
            foreach (var line in lines)
            {
                page.AddText(line, Size, new PdfPoint(lefts[1], y), font);
                y -= InCell;
            }
        }

        File.WriteAllBytes(path, builder.Build());

        var table = Assert.Single(new PdfReader().Read(path, ReadOptions.Default).Blocks.OfType<Table>());

        Assert.Equal(["Fecha:", "Horario:", "Sede:", "Objetivo:"], table.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal("Sala de juntas del COPRED, General Prim 10, colonia Centro, Delegacion Cuauhtemoc", table.Rows[2].Cells[1].Text);
    }

    [Fact]
    public void Running_footer_footnote_and_note_mark_are_not_read_as_text()
    {
        var path = _temp.File("pie.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var n = 1; n <= 3; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText($"Observacion propia de la pagina {n}", Size, new PdfPoint(57, 700), font);
            var end = page.AddText("La Clinica atendio a 876 personas", Size, new PdfPoint(57, 680), font);
            page.AddText("1", 6, new PdfPoint(end[^1].EndBaseLine.X + 0.5, 684), font);
            page.AddText("1", 6, new PdfPoint(57, 112), font);
            page.AddText("Periodo de enero a mayo de 2017.", 8, new PdfPoint(61, 108), font);
            page.AddText("Secretaria Tecnica del Espacio", 9, new PdfPoint(57, 40), font);
            page.AddText($"Minuta - pagina {n} de 3", 9, new PdfPoint(430, 40), font);
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        // The note is read apart, after the text, as the Word reader reads footnotes.
        var text = string.Join("\n", document.Blocks.OfType<Paragraph>().Where(p => p.Location.Region is null).Select(p => p.Text));
        Assert.Equal(
            Enumerable.Repeat("1 Periodo de enero a mayo de 2017.", 3),
            document.Blocks.OfType<Paragraph>().Where(p => p.Location.Region == DocumentRegion.Footnote).Select(p => p.Text));
        Assert.Equal(3, text.Split("La Clinica atendio a 876 personas").Length - 1);
        Assert.Contains("Observacion propia de la pagina 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("personas 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("personas1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Periodo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Minuta", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tecnica", text, StringComparison.Ordinal);
        Assert.Empty(document.Blocks.OfType<Table>());
    }
}
