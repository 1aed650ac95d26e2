using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>The seed acta rendered to Word (corpus/acta-trata-23-2018-09-11.docx).</summary>
public sealed class DocxReaderSeedTests
{
    private static readonly Lazy<LayoutDocument> Seed = new(() =>
        DocumentReaders.CreateDefault().Read(SeedCorpus.Seed(".docx"), ReadOptions.Default));

    [Fact]
    public void Docx_seed_identifies_itself()
    {
        var document = Seed.Value;
        Assert.Equal("acta-trata-23-2018-09-11.docx", document.FileName);
        Assert.Equal("docx", document.Format);
        Assert.Equal(64, document.Sha256.Length);
    }

    [Fact]
    public void Docx_grid_span_gives_cell_column_span()
    {
        var table = Seed.Value.TableContaining("Estrategia 516");

        Assert.True(table.SpansKnown);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal((0, 3), Span(table.CellContaining("Estrategia 516")));
        Assert.Equal((0, 2), Span(table.CellContaining("Se proporcionó capacitación a 35 personas")));
        Assert.Equal((2, 1), Span(table.CellContaining("SEDESO: implementa el Sistema Alerta Social")));
        var metas = table.Rows[1].Cells;
        Assert.Equal([0, 1, 2], metas.Select(c => c.Column));
    }

    [Fact]
    public void Docx_page_break_between_tables_splits_strategy_520()
    {
        var document = Seed.Value;
        var first = document.TableContaining("programas y protocolos de");
        var second = document.TableContaining("asistencia a víctimas en México");
        var index = document.IndexOf(first);

        Assert.NotSame(first, second);
        Assert.IsType<PageBreak>(document.Blocks[index + 1]);
        Assert.Same(second, document.Blocks[index + 2]);
        Assert.True(second.Rows[0].AfterBreak);
        Assert.Equal(1, second.CellContaining("asistencia a víctimas en México").Column);
        Assert.Equal("No reportó", first.Rows[^1].Cells[0].Text);
        Assert.Equal(first.Rows[^1].Page + 1, second.Rows[0].Page);
    }

    [Fact]
    public void Docx_word_numbering_gives_list_labels()
    {
        var items = Seed.Value.Blocks.OfType<Paragraph>().Where(p => p.Role == ParagraphRole.ListItem).ToList();

        Assert.Equal(["1.", "2.", "3."], items.Take(3).Select(p => p.ListLabel));
        Assert.StartsWith("La coordinación del espacio hace extensiva", items[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, items.Count(p => p.ListLabel == "•"));
        Assert.All(items, p => Assert.Equal(1, p.Level));
    }

    [Fact]
    public void Docx_heading_styles_give_heading_role_and_level()
    {
        var headings = Seed.Value.Blocks.OfType<Paragraph>().Where(p => p.Role == ParagraphRole.Heading).ToList();

        Assert.Equal(1, headings[0].Level);
        Assert.StartsWith("VIGÉSIMA TERCERA REUNIÓN", headings[0].Text, StringComparison.Ordinal);
        var styled = headings.Skip(1).Where(h => h.Level is not null).ToList();
        Assert.Equal(["ASISTENCIA", "PUNTOS SOBRESALIENTES", "ORIENTACIÓN Y RETROALIMENTACIÓN", "ACUERDOS OPERATIVOS"], styled.Select(h => h.Text));
        Assert.All(styled, h => Assert.Equal(2, h.Level));
    }

    [Fact]
    public void Docx_short_all_bold_paragraph_is_a_heading_without_level()
    {
        var emphasised = Seed.Value.Blocks.OfType<Paragraph>().Where(p => p is { Role: ParagraphRole.Heading, Level: null });

        Assert.Equal(["Instancias Ejecutoras", "Sociedad civil"], emphasised.Select(p => p.Text));
    }

    [Fact]
    public void Docx_attendance_names_all_appear_in_name_column()
    {
        var names = Seed.Value.Tables().SelectMany(t => t.Rows).Select(r => r.Cells[0].Text).ToHashSet();

        Assert.Subset(names, AttendanceNames.All.ToHashSet());
    }

    [Fact]
    public void Docx_cell_paragraphs_stay_separate()
    {
        var cell = Seed.Value.TableContaining("Estrategia 517").CellContaining("81 operativos");

        Assert.Equal(3, cell.Paragraphs.Count);
        Assert.StartsWith("2.- Se detuvieron en flagrancia", cell.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_blocks_carry_body_index_and_page()
    {
        var blocks = Seed.Value.Blocks;

        Assert.All(blocks, b => Assert.NotNull(b.Location.Page));
        Assert.True(blocks.Select(b => b.Location.Block).SequenceEqual(blocks.Select(b => b.Location.Block).Order()));
    }

    private static (int Column, int Span) Span(TableCell cell) => (cell.Column, cell.ColumnSpan);
}
