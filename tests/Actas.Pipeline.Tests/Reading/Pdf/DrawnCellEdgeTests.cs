using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A cell whose edge is drawn knows where its lines could have gone on: two names one per line, both well short of the
/// edge, are two paragraphs (blind batch L, L2's PDF: "Óscar Villaseñor Trujillo" ¶ "Daniela Becerra Montes"), and a line
/// wrapped at the edge still goes on.
/// </summary>
public sealed class DrawnCellEdgeTests
{
    private static readonly PdfTableBuilder Builder = new(new LineGrouper(), new ParagraphGrouper());

    [Fact]
    public void Names_one_per_line_in_a_cell_with_drawn_rows_are_two_paragraphs()
    {
        Assert.Equal(["Rubén Alcocer Vidal", "Marisol Quintero Peña"], Cell(rowsDrawn: true, ("Rubén Alcocer Vidal", 700), ("Marisol Quintero Peña", 688)));
    }

    [Fact]
    public void Without_drawn_rows_the_cell_edge_is_no_evidence_and_the_lines_stay_one_paragraph()
    {
        // A slide's card inside a wide borderless column wraps at the card, far from the column's edge.
        Assert.Single(Cell(rowsDrawn: false, ("Rubén Alcocer Vidal", 700), ("Marisol Quintero Peña", 688)));
    }

    [Fact]
    public void A_line_wrapped_at_the_drawn_edge_goes_on_in_the_next()
    {
        // 5 pt a character: the first line ends 54 pt short of the edge, where "Defensoría" and a space would not fit.
        Assert.Equal(["Procuraduría Social de la Ciudad de México y Defensoría Agraria"],
            Cell(rowsDrawn: true, ("Procuraduría Social de la Ciudad de México y", 700), ("Defensoría Agraria", 688)));
    }

    private static IReadOnlyList<string> Cell(bool rowsDrawn, params (string Text, double Baseline)[] lines)
    {
        var words = lines.SelectMany(l => Words(l.Text, 60, l.Baseline)).ToList();
        var box = new BoundingBox(55, 680, 320, 712);
        var grid = new PdfGrid([55, 320], [712, 680], [new PdfGridCell(0, 0, 1, false, box)], box) { RowsDrawn = rowsDrawn };
        var table = Builder.Build(grid, words, page: 1, block: 0);
        return Assert.Single(Assert.Single(table.Rows).Cells).Paragraphs;
    }
}
