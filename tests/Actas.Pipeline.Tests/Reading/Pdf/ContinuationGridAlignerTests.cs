using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class ContinuationGridAlignerTests
{
    [Fact]
    public void Continuation_drawing_fewer_separators_takes_the_previous_grid()
    {
        var previous = Table(3, Row(Cell(0, 1, 0, 100), Cell(1, 1, 100, 200), Cell(2, 1, 200, 300)));
        var continuation = Table(2, Row(Cell(0, 1, 0, 200), Cell(1, 1, 200, 300)));

        var aligned = new ContinuationGridAligner().Align(previous, continuation);

        Assert.Equal(3, aligned.ColumnCount);
        Assert.Equal([(0, 2), (2, 1)], aligned.Rows[0].Cells.Select(c => (c.Column, c.ColumnSpan)));
    }

    [Fact]
    public void Continuation_with_a_new_edge_is_left_alone()
    {
        var previous = Table(1, Row(Cell(0, 1, 0, 300)));
        var continuation = Table(2, Row(Cell(0, 1, 0, 150), Cell(1, 1, 150, 300)));

        Assert.Same(continuation, new ContinuationGridAligner().Align(previous, continuation));
    }

    private static Table Table(int columns, params TableRow[] rows) => new(rows, columns, true, new SourceLocation(1, 0));

    private static TableRow Row(params TableCell[] cells) => new(cells, 1);

    private static TableCell Cell(int column, int span, double left, double right) =>
        new(column, span, ["x"], Box: new BoundingBox(left, 0, right, 10));
}
