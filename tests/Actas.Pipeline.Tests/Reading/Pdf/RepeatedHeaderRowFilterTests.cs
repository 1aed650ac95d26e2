using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class RepeatedHeaderRowFilterTests
{
    [Fact]
    public void Header_row_repeated_after_a_page_break_is_dropped()
    {
        var start = Table(Row("Nombre", "Institución"), Row("Adriana Flores", "PGJCDMX"));
        var continuation = Table(Row("Nombre", "Institución"), Row("Rocío Areli de la Rosa", "SEDESO-DGIDS"));

        var stripped = RepeatedHeaderRowFilter.Strip(start, continuation);

        Assert.Equal("Rocío Areli de la Rosa", Assert.Single(stripped.Rows).Cells[0].Text);
    }

    [Fact]
    public void Continued_cell_text_is_kept()
    {
        var start = Table(Row("Estrategia 520", ""), Row("No reportó", "programas y protocolos de"));
        var continuation = Table(Row("", "asistencia a víctimas en México"), Row("Retroalimentación", ""));

        Assert.Same(continuation, RepeatedHeaderRowFilter.Strip(start, continuation));
    }

    private static Table Table(params TableRow[] rows) => new(rows, 2, true, new SourceLocation(1, 0));

    private static TableRow Row(string left, string right) => new([Cell(0, left), Cell(1, right)], 1);

    private static TableCell Cell(int column, string text) => new(column, 1, text.Length == 0 ? [] : [text]);
}
