using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class RulingLineTableDetectorTests
{
    [Fact]
    public void Missing_inner_separator_makes_a_cell_span_columns()
    {
        // Three columns (x 0, 100, 200, 300); the top row spans all, the bottom row has no separator at 100.
        RulingSegment[] rules =
        [
            H(300, 0, 300), H(280, 0, 300), H(260, 0, 300), H(240, 0, 300),
            V(0, 240, 300), V(300, 240, 300),
            V(100, 260, 280), V(200, 240, 280),
        ];

        var grid = Assert.Single(new RulingLineTableDetector().Detect(rules));

        Assert.Equal(3, grid.ColumnCount);
        Assert.Equal(3, grid.RowCount);
        Assert.Equal([(0, 3)], Spans(grid, 0));
        Assert.Equal([(0, 1), (1, 1), (2, 1)], Spans(grid, 1));
        Assert.Equal([(0, 2), (2, 1)], Spans(grid, 2));
    }

    [Fact]
    public void Missing_horizontal_rule_makes_a_cell_continue_above()
    {
        RulingSegment[] rules =
        [
            H(300, 0, 200), H(280, 100, 200), H(260, 0, 200),
            V(0, 260, 300), V(100, 260, 300), V(200, 260, 300),
        ];

        var grid = Assert.Single(new RulingLineTableDetector().Detect(rules));

        var left = grid.Cells.Single(c => c.Row == 1 && c.Column == 0);
        var right = grid.Cells.Single(c => c.Row == 1 && c.Column == 1);
        Assert.True(left.ContinuesAbove);
        Assert.False(right.ContinuesAbove);
    }

    [Fact]
    public void Separate_rule_groups_are_separate_tables_top_first()
    {
        RulingSegment[] rules =
        [
            H(100, 0, 200), H(80, 0, 200), V(0, 80, 100), V(200, 80, 100),
            H(500, 0, 200), H(480, 0, 200), V(0, 480, 500), V(200, 480, 500),
        ];

        var grids = new RulingLineTableDetector().Detect(rules);

        Assert.Equal([500, 100], grids.Select(g => g.Box.Top));
    }

    [Fact]
    public void Grid_cut_by_the_page_edge_gets_a_boundary_where_verticals_end()
    {
        // No top rule: the row continues from the previous page.
        RulingSegment[] rules = [H(760, 0, 200), H(700, 0, 200), V(0, 700, 800), V(200, 700, 800)];

        var grid = Assert.Single(new RulingLineTableDetector().Detect(rules));

        Assert.Equal(800, grid.Box.Top);
        Assert.Equal(2, grid.RowCount);
    }

    [Fact]
    public void Lone_underline_is_not_a_table()
    {
        Assert.Empty(new RulingLineTableDetector().Detect([H(100, 50, 300)]));
    }

    private static RulingSegment H(double y, double x0, double x1) => new(true, y, x0, x1);

    private static RulingSegment V(double x, double y0, double y1) => new(false, x, y0, y1);

    private static (int, int)[] Spans(PdfGrid grid, int row) =>
        [.. grid.Cells.Where(c => c.Row == row).OrderBy(c => c.Column).Select(c => (c.Column, c.ColumnSpan))];
}
