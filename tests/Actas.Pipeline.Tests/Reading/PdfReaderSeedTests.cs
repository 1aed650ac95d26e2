using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>The seed acta rendered to PDF by LibreOffice from its Word file (corpus/acta-trata-23-2018-09-11.pdf).</summary>
public sealed class PdfReaderSeedTests
{
    private static readonly Lazy<LayoutDocument> Seed = new(() =>
        DocumentReaders.CreateDefault().Read(SeedCorpus.Seed(".pdf"), ReadOptions.Default));

    [Fact]
    public void Pdf_seed_identifies_itself_with_page_count()
    {
        var document = Seed.Value;
        Assert.Equal("pdf", document.Format);
        Assert.Equal(6, document.PageCount);
        Assert.Equal(5, document.Blocks.OfType<PageBreak>().Count());
    }

    [Fact]
    public void Pdf_blocks_carry_page_numbers_and_boxes()
    {
        var document = Seed.Value;
        Assert.All(document.Blocks, b => Assert.InRange(b.Location.Page!.Value, 1, 6));
        Assert.All(document.Blocks.Where(b => b is not PageBreak), b =>
        {
            var box = Assert.IsType<Model.BoundingBox>(b.Location.Box);
            Assert.True(box.Width > 0 && box.Height > 0);
        });
        Assert.Equal(Enumerable.Range(0, document.Blocks.Count), document.Blocks.Select(b => b.Location.Block));
        Assert.All(document.Tables().SelectMany(t => t.Cells()), c => Assert.NotNull(c.Box));
    }

    [Fact]
    public void Pdf_ruling_lines_give_516_grid_with_pgj_report_spanning_two_goals()
    {
        var table = Seed.Value.TableContaining("Estrategia 516");

        Assert.True(table.SpansKnown);
        Assert.Equal(3, table.ColumnCount);
        var title = table.CellContaining("Estrategia 516");
        Assert.Equal((0, 3), (title.Column, title.ColumnSpan));
        var pgj = table.CellContaining("Se proporcionó capacitación a 35 personas");
        Assert.Equal((0, 2), (pgj.Column, pgj.ColumnSpan));
        var sedeso = table.CellContaining("SEDESO: implementa el Sistema Alerta Social");
        Assert.Equal((2, 1), (sedeso.Column, sedeso.ColumnSpan));
    }

    [Fact]
    public void Pdf_table_continued_after_page_break_starts_with_after_break_row()
    {
        var document = Seed.Value;
        var first = document.TableContaining("programas y protocolos de");
        var second = document.TableContaining("asistencia a víctimas en México");
        var index = document.IndexOf(first);

        Assert.IsType<PageBreak>(document.Blocks[index + 1]);
        Assert.Same(second, document.Blocks[index + 2]);
        Assert.True(second.Rows[0].AfterBreak);
        Assert.Equal(first.Location.Page + 1, second.Location.Page);
        Assert.StartsWith("asistencia a víctimas en México", second.Rows[0].Cells.Single(c => !c.IsEmpty).Text, StringComparison.Ordinal);
        Assert.EndsWith("programas y protocolos de", first.CellContaining("programas y protocolos de").Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_continuation_table_keeps_the_grid_of_the_part_before_the_break()
    {
        var continuation = Seed.Value.TableContaining("Sería necesario saber cuántas") is var before &&
            Seed.Value.Blocks[Seed.Value.IndexOf(before) + 2] is Table next ? next : throw new InvalidOperationException("no continuation");

        Assert.True(continuation.Rows[0].AfterBreak);
        Assert.Equal(3, continuation.ColumnCount);
        Assert.Equal((0, 2), (continuation.CellContaining("Las acciones sí se están realizando").Column, continuation.CellContaining("Las acciones sí se están realizando").ColumnSpan));
    }

    [Fact]
    public void Pdf_attendance_names_all_appear_in_name_column()
    {
        var names = Seed.Value.Tables().SelectMany(t => t.Rows).Select(r => r.Cells[0].Text).ToHashSet();

        Assert.Subset(names, AttendanceNames.All.ToHashSet());
    }

    [Fact]
    public void Pdf_headings_by_size_and_weight()
    {
        var headings = Seed.Value.Blocks.OfType<Paragraph>().Where(p => p.Role == ParagraphRole.Heading).ToList();

        Assert.StartsWith("VIGÉSIMA TERCERA REUNIÓN", headings[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, headings[0].Level);
        Assert.Contains(headings, h => h is { Text: "ORIENTACIÓN Y RETROALIMENTACIÓN", Level: 2 });
        Assert.Contains(headings, h => h is { Text: "ACUERDOS OPERATIVOS", Level: 2 });
        Assert.Equal(["Instancias Ejecutoras", "Sociedad civil"], headings.Where(h => h.Level is null).Select(h => h.Text));
    }

    [Fact]
    public void Pdf_borderless_label_value_rows_keep_a_tab_when_word_tables_are_off()
    {
        // The word-alignment table detector is on by default (PdfWordTableDetectorOptions.Enabled); off, the rows are tabbed lines.
        var reader = new PdfReader(PdfReaderOptions.Default with { WordTables = PdfWordTableDetectorOptions.Default with { Enabled = false } });
        var paragraphs = reader.Read(SeedCorpus.Seed(".pdf"), ReadOptions.Default).Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();

        Assert.Contains("Fecha:\tMartes 11 de septiembre de 2018", paragraphs);
        Assert.Contains("Lugar:\tInstalaciones de la Secretaría Ejecutiva. Calle General Prim #4 col. Centro, Delegación Cuauhtémoc.", paragraphs);
        Assert.Contains("Tema de la reunión de trabajo:\tReunión de Trabajo de retroalimentación y orientación a la implementación de estrategias del PDHCDMX", paragraphs);
    }

    [Fact]
    public void Pdf_borderless_label_value_header_is_a_two_column_table_when_word_tables_are_on()
    {
        // The seed's header is a borderless Word table: rebuilt from word alignment (StreamTableDetector).
        var reader = new PdfReader(PdfReaderOptions.Default with { WordTables = PdfWordTableDetectorOptions.Default with { Enabled = true } });
        var table = reader.Read(SeedCorpus.Seed(".pdf"), ReadOptions.Default).TableContaining("Fecha:");

        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["Lugar:", "Fecha:", "Hora:", "Grupo de población", "Tema de la reunión de trabajo:", "Objetivo"], table.Rows.Select(r => r.Cells[0].Text));
        Assert.Equal("Martes 11 de septiembre de 2018", table.Rows[1].Cells[1].Text);
        Assert.Equal("Instalaciones de la Secretaría Ejecutiva. Calle General Prim #4 col. Centro, Delegación Cuauhtémoc.", table.Rows[0].Cells[1].Text);
        Assert.Equal("Reunión de Trabajo de retroalimentación y orientación a la implementación de estrategias del PDHCDMX", table.Rows[4].Cells[1].Text);
        Assert.Equal(1, table.Location.Page);
    }

    [Fact]
    public void Pdf_rendered_word_numbering_gives_list_items()
    {
        var items = Seed.Value.Blocks.OfType<Paragraph>().Where(p => p.Role == ParagraphRole.ListItem).ToList();

        Assert.Equal(["1.", "2.", "3.", "•", "•"], items.Select(p => p.ListLabel));
        Assert.StartsWith("La coordinación del espacio", items[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Se retomará la estrategia 520", items[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_and_docx_read_every_word_of_the_seed()
    {
        // Inline tags vanish, block tags separate words; the dump's "- " bullets are rendered as Word bullets "•".
        var dump = Regex.Replace(Regex.Replace(File.ReadAllText(SeedCorpus.Seed(".txt")), "</?i>", ""), "<[^>]+>", " ");
        var words = WordsOf(dump).Where(w => w != "-").ToList();
        var read = WordsOf(Seed.Value.AllText()).ToHashSet();
        var docx = WordsOf(DocumentReaders.CreateDefault().Read(SeedCorpus.Seed(".docx"), ReadOptions.Default).AllText()).ToHashSet();

        Assert.Empty(words.Where(w => !docx.Contains(w) && !w.StartsWith("---", StringComparison.Ordinal)).Distinct());
        Assert.Empty(words.Where(w => !read.Contains(w) && !w.StartsWith("---", StringComparison.Ordinal)).Distinct());
    }

    private static IEnumerable<string> WordsOf(string text) =>
        text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
