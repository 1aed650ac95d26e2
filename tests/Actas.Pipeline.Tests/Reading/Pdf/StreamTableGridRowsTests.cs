using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// Borderless grids as an HTML page prints them (Chromium): a heading line with a tab over the
/// grid, cells on their own baselines, columns carried to the next page. 10 pt text, 5 pt per character.
/// </summary>
public sealed class StreamTableGridRowsTests
{
    private static readonly StreamTableDetector Detector = new(PdfWordTableDetectorOptions.Default with { Enabled = true }, new LineGrouper());

    [Fact]
    public void Line_over_a_grid_whose_one_gap_is_no_column_gap_stays_out_of_the_table()
    {
        // "Estrategia 7" ends at x 108 and its title starts at 140: a gap the goal text below (up to x 138) fills.
        var words = new List<PdfWord>();
        words.AddRange(Words("Estrategia 7", 50, 770));
        words.AddRange(Words("Promover la lectura en bibliotecas", 140, 770));
        words.AddRange(Words("Meta", 50, 750));
        words.AddRange(Words("Responsable", 160, 750));
        words.AddRange(Words("Estado", 260, 750));
        words.AddRange(Words("Informe", 340, 750));
        words.AddRange(Words("7.1", 50, 730));
        words.AddRange(Words("Biblioteca", 160, 730));
        words.AddRange(Words("Reportó", 260, 730));
        words.AddRange(Words("Se abrieron", 340, 730));
        words.AddRange(Words("Talleres abiertos", 50, 716));
        words.AddRange(Words("Central", 160, 716));
        words.AddRange(Words("12 talleres.", 340, 716));
        words.AddRange(Words("7.2", 50, 696));
        words.AddRange(Words("Alcaldía", 160, 696));
        words.AddRange(Words("No reportó", 260, 696));
        words.AddRange(Words("Lectura en voz alta", 50, 682));

        var grid = Assert.Single(Detector.Detect(new PdfWordTableInput(words, [], null, 842)).Tables);

        Assert.Equal(4, grid.ColumnCount);
        Assert.True(grid.Box.Top < 770, "the heading line is not a row of the grid");
        Assert.Equal("Meta", Column(grid, words, 0)[0]);
    }

    [Fact]
    public void Titles_set_across_a_ruled_grid_under_its_header_row_are_rows_of_their_own()
    {
        // A system's report: a header row, a bold title across the first three columns, goal rows ruled underneath only.
        var words = new List<PdfWord>();
        words.AddRange(Words("Meta", 50, 700, bold: true));
        words.AddRange(Words("Responsable", 170, 700, bold: true));
        words.AddRange(Words("Informe", 290, 700, bold: true));
        words.AddRange(Words("Comentarios", 420, 700, bold: true));
        words.AddRange(Words("Estrategia 9. Ampliar el horario de las bibliotecas de barrio", 50, 684, bold: true));
        words.AddRange(Words("9.1 Abrir", 50, 668));
        words.AddRange(Words("Biblioteca", 170, 668));
        words.AddRange(Words("Se abrieron", 290, 668));
        words.AddRange(Words("SE: Bien.", 420, 668));
        words.AddRange(Words("en sábado", 50, 654));
        words.AddRange(Words("Central", 170, 654));
        words.AddRange(Words("4 salas.", 290, 654));
        words.AddRange(Words("Estrategia 12. Formar personas lectoras en escuelas", 50, 638, bold: true));
        words.AddRange(Words("12.1 Talleres", 50, 622));
        words.AddRange(Words("Alcaldía", 170, 622));
        words.AddRange(Words("Sin informe.", 290, 622));
        words.AddRange(Words("SE: Falta.", 420, 622));
        words.AddRange(Words("de lectura", 50, 608));
        words.AddRange(Words("Sur", 170, 608));
        List<RulingSegment> rules = [.. new[] { 694.0, 648, 602 }.Select(y => new RulingSegment(true, y, 45, 520))];

        var grid = Assert.Single(Detector.Detect(new PdfWordTableInput(words, rules, null, 842)).Tables);

        Assert.Equal(4, grid.ColumnCount);
        Assert.Equal(
            ["Meta", "Estrategia 9. Ampliar el horario de las bibliotecas de barrio", "9.1 Abrir en sábado",
             "Estrategia 12. Formar personas lectoras en escuelas", "12.1 Talleres de lectura"],
            Column(grid, words, 0));
        Assert.Equal([1, 3], grid.Cells.Where(c => c.ColumnSpan == 4).Select(c => c.Row));
    }

    [Fact]
    public void Cells_on_their_own_baselines_are_rows_by_the_whitespace_across_the_grid()
    {
        // Each column sits 2–3 pt off the others, so the page's lines interleave; rows stand 10–14 pt of padding apart.
        var words = new List<PdfWord>();
        words.AddRange(Words("Meta", 50, 725));
        words.AddRange(Words("Responsable", 160, 725));
        words.AddRange(Words("Estado", 260, 725));
        words.AddRange(Words("7.1", 50, 700));
        words.AddRange(Words("Talleres", 50, 688));
        words.AddRange(Words("Biblioteca", 160, 702.5));
        words.AddRange(Words("Central", 160, 690.5));
        words.AddRange(Words("Reportó", 260, 698));
        words.AddRange(Words("parcialmente", 260, 686));
        words.AddRange(Words("7.2", 50, 660));
        words.AddRange(Words("Lectura", 50, 648));
        words.AddRange(Words("Alcaldía", 160, 662.5));
        words.AddRange(Words("Sur", 160, 650.5));
        words.AddRange(Words("No", 260, 660));
        words.AddRange(Words("reportó", 260, 648));

        var grid = Assert.Single(Detector.Detect(new PdfWordTableInput(words, [], null, 842)).Tables);

        Assert.Equal(3, grid.ColumnCount);
        Assert.Equal(["Meta", "7.1 Talleres", "7.2 Lectura"], Column(grid, words, 0));
        Assert.Equal(["Responsable", "Biblioteca Central", "Alcaldía Sur"], Column(grid, words, 1));
        Assert.Equal(["Estado", "Reportó parcialmente", "No reportó"], Column(grid, words, 2));
    }

    [Fact]
    public void Carried_column_edge_moves_to_where_the_next_column_starts_when_a_cell_on_the_new_page_is_wider()
    {
        // On the previous page the first column held only "Meta" and "7.1": its edge was carried at x 100.
        var words = new List<PdfWord>();
        words.AddRange(Words("Cobertura ampliada", 50, 800));
        words.AddRange(Words("Alternativa", 160, 800));
        words.AddRange(Words("sin datos", 260, 800));
        words.AddRange(Words("en alcaldías", 50, 786));
        words.AddRange(Words("del Centro", 160, 786));
        double[] edges = [45, 100, 250, 400];

        var found = Detector.Detect(new PdfWordTableInput(words, [], edges, 842));

        var grid = Assert.IsType<PdfGrid>(found.Continued);
        Assert.InRange(grid.ColumnEdges[1], 138, 160);
        Assert.Equal("Cobertura ampliada", Column(grid, words, 0)[0]);
        Assert.Equal("Alternativa", Column(grid, words, 1)[0]);
    }

    /// <summary>The text of each row's cell in one column, words placed by centre.</summary>
    private static List<string> Column(PdfGrid grid, List<PdfWord> words, int column) =>
        [.. Enumerable.Range(0, grid.RowCount).Select(row =>
        {
            var box = grid.Cells.Single(c => c.Row == row && c.Column == column).Box;
            return string.Join(' ', words
                .Where(w => w.CentreX >= box.Left && w.CentreX <= box.Right && w.CentreY >= box.Bottom && w.CentreY <= box.Top)
                .OrderByDescending(w => w.Baseline).ThenBy(w => w.Box.Left).Select(w => w.Text));
        })];
}
