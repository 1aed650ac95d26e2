using Actas.Pipeline.Reading.Pdf;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using Actas.Tests;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// PdfReader on PDFs printed by LibreOffice from Word files with borderless tables
/// (Fixtures/, made by scripts/make-pdf-stream-fixtures.py; the HTML sources are in Fixtures/src/).
/// </summary>
public sealed class PdfReaderStreamTableTests
{
    /// <summary>The word-alignment detector is on by default (PdfWordTableDetectorOptions.Enabled); these tests say so explicitly.</summary>
    private static PdfReader Reader() => new(PdfReaderOptions.Default with { WordTables = PdfWordTableDetectorOptions.Default with { Enabled = true } });

    private static LayoutDocument Read(string name) =>
        new PageBreakCellJoiner().Join(Reader().Read(
            Path.Combine(RepositoryPaths.Root, "tests", "Actas.Pipeline.Tests", "Reading", "Pdf", "Fixtures", name + ".pdf"), ReadOptions.Default));

    private static List<string> Column(Table table, int column) =>
        [.. table.Rows.Select(r => r.Cells.Single(c => c.Column == column).Text)];

    [Fact]
    public void Borderless_attendance_with_names_wrapped_in_narrow_columns_is_one_row_per_person()
    {
        var document = Read("asistencia-sin-bordes");

        var table = Assert.Single(document.Tables());
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(["No.", "Nombre", "Institución", "Cargo"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(
            ["María Guadalupe Hernández Villaseñor", "Juan Pérez Gómez", "Rosa María Torillo Castañeda de la Fuente", "Ana Ruiz", "José Luis Ángeles Cortés Santibáñez", "Teresa Chávez Molina"],
            Column(table, 1).Skip(1));
        Assert.Equal("Procuraduría General de Justicia de la Ciudad de México", table.Rows[1].Cells[2].Text);
        Assert.Equal("Subdirectora de Programas Sociales", table.Rows[3].Cells[3].Text);
        Assert.NotNull(table.Location.Box);
        Assert.Equal(1, table.Location.Page);
    }

    [Fact]
    public void Paragraphs_and_lists_around_a_borderless_table_stay_paragraphs()
    {
        var document = Read("asistencia-sin-bordes");

        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal("LISTA DE ASISTENCIA", paragraphs[0].Text);
        Assert.StartsWith("En la Ciudad de México, siendo las diez horas", paragraphs[1].Text);
        Assert.EndsWith("al inicio de la sesión.", paragraphs[1].Text);
        Assert.Equal(3, paragraphs.Count(p => p.Role == ParagraphRole.ListItem && p.ListLabel == "•"));
        Assert.Contains(paragraphs, p => p.Text.StartsWith("1. Lectura y aprobación del orden del día", StringComparison.Ordinal));
    }

    [Fact]
    public void Borderless_attendance_over_two_pages_is_read_as_one_attendee_per_row()
    {
        var acta = new ActaExtractor().Extract(Read("asistencia-dos-paginas"));

        Assert.Equal(42, acta.Attendance.Count);
        Assert.Equal(7, acta.Attendance.Count(a => a.Name == "Rosa María Torillo Castañeda de la Fuente"));
        Assert.Equal(7, acta.Attendance.Count(a => a.Institution == "Procuraduría General de Justicia de la Ciudad de México"));
        Assert.DoesNotContain(acta.Attendance, a => a.Name is "Fuente" or "México" or "de México");
    }

    [Fact]
    public void Borderless_attendance_with_sector_rows_and_vertically_centred_cells_keeps_each_person_in_one_row()
    {
        // LibreOffice centres HTML cells vertically: "Secretaría de Trabajo…" sits between "Rosa María Torillo
        // Castañeda" and "de la Fuente"; "ORGANIZACIONES DE LA SOCIEDAD CIVIL" is merged across the table.
        var document = Read("asistencia-sectores-sin-bordes");

        var table = Assert.Single(document.Tables());
        Assert.Equal(
            ["NOMBRE", "", "María Guadalupe Hernández Villaseñor", "Juan Pérez Gómez", "Rosa María Torillo Castañeda de la Fuente", "Ana Ruiz", "ORGANIZACIONES DE LA SOCIEDAD CIVIL", "José Luis Ángeles Cortés Santibáñez", "Teresa Chávez Molina"],
            table.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal("INSTANCIAS EJECUTORAS", table.Rows[1].Cells[1].Text);
        Assert.Equal(table.ColumnCount, table.Rows[6].Cells[0].ColumnSpan);
        Assert.Equal("Secretaría de Trabajo y Fomento al Empleo", table.Rows[4].Cells[1].Text);

        var acta = new ActaExtractor().Extract(document);
        Assert.Equal(6, acta.Attendance.Count);
        Assert.Equal(Model.Sector.SociedadCivil, acta.Attendance.Single(a => a.Name == "Teresa Chávez Molina").Sector);
    }

    [Fact]
    public void Borderless_label_and_value_table_keeps_each_label_with_its_wrapped_value()
    {
        var table = Assert.Single(Read("etiquetas-sin-bordes").Tables());

        Assert.Equal(["Fecha:", "Hora:", "Lugar:", "Espacio:", "Coordinación:"], Column(table, 0));
        Assert.Equal(
            "Sala de juntas de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México, avenida Universidad 1449, colonia Florida.",
            table.Rows[2].Cells[1].Text);
    }

    [Fact]
    public void Borderless_table_with_labels_across_the_first_row_has_one_row_per_goal()
    {
        var table = Assert.Single(Read("metas-por-fila-sin-bordes").Tables());

        Assert.Equal(["Meta", "Indicador", "Instancia Ejecutora", "Informe"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["Meta", "523.1", "523.2", "523.3"], Column(table, 0));
        Assert.Equal(["523.2", "Porcentaje de albergues con protocolo de atención.", "SEDESO", "No reportó"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal("Número de campañas de difusión realizadas en el transporte público de la ciudad.", table.Rows[3].Cells[1].Text);
    }

    [Fact]
    public void Borderless_table_continued_on_the_next_page_is_one_table()
    {
        var document = Read("asistencia-dos-paginas");

        var table = Assert.Single(document.Tables());
        Assert.Equal(43, table.Rows.Count);
        Assert.Equal([.. Enumerable.Range(1, 42).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))], Column(table, 0).Skip(1));
        Assert.All(table.Rows.Skip(1), r => Assert.False(r.Cells[1].IsEmpty));
        Assert.Contains(document.Issues, i => i.Code == "table-joined");
        Assert.Equal("ACUERDOS", document.Blocks.OfType<Paragraph>().Single(p => p.Role == ParagraphRole.Heading && p.Text == "ACUERDOS").Text);
    }

    [Fact]
    public void Tables_with_only_row_rules_or_only_a_frame_get_their_rows_and_columns_from_the_words()
    {
        var tables = Read("reglas-parciales").Tables().ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["Nombre", "María Guadalupe Hernández Villaseñor", "Juan Pérez Gómez", "Rosa María Torillo Castañeda de la Fuente", "Ana Ruiz"], Column(tables[0], 0));
        Assert.Equal("Procuraduría General de Justicia de la Ciudad de México", tables[0].Rows[1].Cells[1].Text);
        Assert.Equal(["Fecha:", "Hora:", "Lugar:"], Column(tables[1], 0));
        Assert.Equal("10:00 horas", tables[1].Rows[1].Cells[1].Text);
    }

    [Fact]
    public void Table_with_only_an_outer_frame_gets_columns_and_rows_from_the_words()
    {
        using var temp = new TempDirectory();
        var path = temp.File("marco-sin-divisiones.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 640), 450, 80, 0.5);
        (string Label, string Value)[] rows = [("Fecha:", "jueves 11 de octubre de 2018"), ("Hora:", "10:00 horas"), ("Lugar:", "Sala de juntas de la Secretaria Ejecutiva")];
        for (var i = 0; i < rows.Length; i++)
        {
            page.AddText(rows[i].Label, 10, new PdfPoint(60, 700 - (i * 20)), font);
            page.AddText(rows[i].Value, 10, new PdfPoint(200, 700 - (i * 20)), font);
        }

        File.WriteAllBytes(path, builder.Build());

        var table = Assert.Single(Reader().Read(path, ReadOptions.Default).Tables());

        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["Fecha:", "Hora:", "Lugar:"], Column(table, 0));
        Assert.Equal(["jueves 11 de octubre de 2018", "10:00 horas", "Sala de juntas de la Secretaria Ejecutiva"], Column(table, 1));
    }

    [Fact]
    public void Two_column_section_is_read_column_by_column()
    {
        var document = Read("dos-columnas");

        Assert.Empty(document.Tables());
        var texts = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        var left = texts.FindIndex(t => t.StartsWith("El Espacio de Participación revisó", StringComparison.Ordinal));
        Assert.True(left >= 0, "left column's first paragraph missing");
        Assert.EndsWith("víctimas de trata y explotación.", texts[left]);
        Assert.StartsWith("Las organizaciones de la sociedad civil", texts[left + 1]);
        Assert.StartsWith("La Secretaría de Desarrollo Social no presentó informe", texts[left + 2]);
        Assert.StartsWith("La Secretaría de Trabajo informó", texts[left + 3]);
        Assert.Equal("ACUERDOS", texts[left + 4]);
    }
    [Fact]
    public void Section_numbers_set_apart_without_a_stop_are_headings_not_a_table()
    {
        // LaTeX sets a section's number apart from its title ("4 ⇥ Avance de los compromisos", "4.1 ⇥ Estrategia
        // 118: …"): the numbers' column is an outline ("4" heads "4.1"), so the lines are no two-column table.
        using var temp = new TempDirectory();
        var path = temp.File("secciones-numeradas.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Asistieron las personas representantes de las instancias convocadas.", 10, new PdfPoint(60, 760), font);
        page.AddText("4", 12, new PdfPoint(60, 720), font);
        page.AddText("Avance de los compromisos", 12, new PdfPoint(95, 720), font);
        page.AddText("4.1", 11, new PdfPoint(60, 695), font);
        page.AddText("Estrategia 118: Ampliar la cobertura de los comedores comunitarios en", 11, new PdfPoint(95, 695), font);
        page.AddText("las colonias del oriente", 11, new PdfPoint(95, 681), font);
        page.AddText("La Secretaria de Bienestar dijo que abrio nueve comedores en el periodo.", 10, new PdfPoint(60, 655), font);
        File.WriteAllBytes(path, builder.Build());

        var document = Reader().Read(path, ReadOptions.Default);

        Assert.Empty(document.Tables());
        var texts = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.Contains(texts, t => t.Contains("Estrategia 118: Ampliar la cobertura", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_rows_without_an_outline_stay_a_table()
    {
        using var temp = new TempDirectory();
        var path = temp.File("filas-numeradas.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        (string Number, string Name)[] rows = [("1", "Lucia Ferrer Ibarra"), ("2", "Raul Montes Gil"), ("3", "Irene Vallejo Soto")];
        for (var i = 0; i < rows.Length; i++)
        {
            page.AddText(rows[i].Number, 10, new PdfPoint(60, 700 - (i * 20)), font);
            page.AddText(rows[i].Name, 10, new PdfPoint(120, 700 - (i * 20)), font);
        }

        File.WriteAllBytes(path, builder.Build());

        var table = Assert.Single(Reader().Read(path, ReadOptions.Default).Tables());
        Assert.Equal(["1", "2", "3"], Column(table, 0));
    }
}
