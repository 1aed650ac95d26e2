using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class RunningHeaderFilterTests
{
    [Fact]
    public void Header_repeating_on_most_pages_and_page_numbers_are_dropped_but_the_first_page_keeps_its_header()
    {
        var pages = Enumerable.Range(1, 4).Select(n => Page(n,
            Line("ACTA DE LA OCTAVA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN", 57, 810),
            Line($"Texto propio de la página {n} que no se repite igual", 57, 600),
            Line($"Página {n} de 4", 280, 30))).ToList();

        var (filtered, dropped) = new RunningHeaderFilter().Filter(pages);

        Assert.Equal(7, dropped);
        // The title may be written only in the page header: page 1 keeps it once, as the .docx reader reads a header once.
        Assert.Equal(["ACTA DE LA OCTAVA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN", "Texto propio de la página 1 que no se repite igual"],
            filtered[0].Lines.Select(l => l.Text));
        Assert.All(filtered.Skip(1), p => Assert.StartsWith("Texto propio", Assert.Single(p.Lines).Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_letterhead_of_four_lines_repeating_on_every_page_is_dropped_whole()
    {
        var pages = Enumerable.Range(1, 3).Select(n => Page(n,
            Line("GOBIERNO DEL ESTADO", 57, 815),
            Line("SECRETARÍA DE OBRAS", 57, 803),
            Line("DIRECCIÓN GENERAL DE AGUA\t2024: Año del Agua Limpia", 57, 791),
            Line("SUBDIRECCIÓN DE REDES", 57, 779),
            Line($"Texto propio de la página {n} que no se repite igual", 57, 600))).ToList();

        var (filtered, _) = new RunningHeaderFilter().Filter(pages);

        Assert.All(filtered.Skip(1), p => Assert.StartsWith("Texto propio", Assert.Single(p.Lines).Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Lone_number_in_the_middle_of_a_page_is_kept()
    {
        var page = Page(1, Line("ASISTENCIA", 57, 700), Line("23", 57, 400), Line("fin", 57, 380));

        var (filtered, dropped) = new RunningHeaderFilter().Filter([page]);

        Assert.Equal(0, dropped);
        Assert.Equal(3, filtered[0].Lines.Count);
    }

    [Fact]
    public void Single_page_keeps_its_first_line()
    {
        var page = Page(1, Line("VIGÉSIMA TERCERA REUNIÓN", 57, 800), Line("Lugar", 57, 650));

        Assert.Equal(0, new RunningHeaderFilter().Filter([page]).Dropped);
    }

    [Fact]
    public void Header_naming_each_section_is_kept_where_its_section_starts_and_a_sheet_counter_is_not()
    {
        // Pages 2–4 carry the header of their part ("Línea de acción 412" on one page, "…415" on two), and every page a
        // counting header ("Minuta 7 · hoja 2"): the part's name changes without counting pages, the sheet number counts them.
        string[] parts = ["Consejo Vecinal de Movilidad", "Línea de acción 412", "Línea de acción 415", "Línea de acción 415"];
        var pages = Enumerable.Range(1, 4).Select(n => Page(n,
            Line(parts[n - 1], 57, 815),
            Line($"Minuta 7 · hoja {n}", 400, 815 - 12),
            Line($"Texto propio de la página {n} que no se repite igual", 57, 600))).ToList();

        var (filtered, _) = new RunningHeaderFilter().Filter(pages);

        Assert.Equal("Línea de acción 412", filtered[1].Lines[0].Text);
        Assert.Equal("Línea de acción 415", filtered[2].Lines[0].Text);
        Assert.All(filtered.Skip(1), p => Assert.DoesNotContain(p.Lines, l => l.Text.StartsWith("Minuta", StringComparison.Ordinal)));
        Assert.StartsWith("Texto propio", Assert.Single(filtered[3].Lines).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stamp_box_at_the_top_of_every_page_and_the_lines_beside_it_are_chrome()
    {
        // A filing system's stamp: a small ruled box beside its header line, the same on every page but for the sheet counter.
        var pages = Enumerable.Range(1, 3).Select(n => Page(n,
            Line("Archivo institucional | Carpeta 2020/44", 57, 815),
            Line("Clave OF/0123/2020", 57, 803),
            Line($"Texto propio de la página {n} que no se repite igual", 57, 600)) with
            {
                Tables = [new Table([new TableRow([new TableCell(0, 1, ["ENTRADA - OFICIALÍA", "05/06/2020", $"Foja {n} de 3"])])], 1, true,
                    new SourceLocation(n, 0, Box: new BoundingBox(330, 780, 440, 828)))],
            }).ToList();

        var (filtered, _) = new RunningHeaderFilter().Filter(pages);

        Assert.Single(filtered[0].Tables);
        Assert.All(filtered.Skip(1), p => Assert.Empty(p.Tables));
        Assert.All(filtered.Skip(1), p => Assert.StartsWith("Texto propio", Assert.Single(p.Lines).Text, StringComparison.Ordinal));
    }

    private static PdfPageContent Page(int number, params PdfLine[] lines) => new(number, 842, lines, [], lines.Length);
}
