using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Label cells on baselines of their own beside a text column (printed HTML cards), through the stream detector.</summary>
public sealed class SideLabelGridFinderTests
{
    private static readonly StreamTableDetector Detector = new(PdfWordTableDetectorOptions.Default, new LineGrouper());

    [Fact]
    public void Id_and_status_centred_beside_the_text_are_the_left_cell_of_one_row_per_card()
    {
        // Two cards 18 pt apart (one run): the row cut falls in the widest step between the first status and the second id.
        var words = new List<PdfWord>();
        words.AddRange(Card("7.1", "HECHO", 700, "Los grupos de vecinos reciben talleres sobre", "el cuidado del agua en sus colonias.", "Medida — Talleres impartidos.", "Informe — Se dieron doce talleres."));
        words.AddRange(Card("7.2", "PENDIENTE", 640, "Las escuelas instalan bebederos revisados por", "personal de salud pública.", "Medida — Bebederos instalados.", "Informe — No hubo informe."));

        var grid = Assert.Single(Detector.Detect(new PdfWordTableInput(words, [], null, 842)).Tables);

        Assert.Equal(2, grid.ColumnCount);
        Assert.Equal(2, grid.RowCount);
        Assert.Equal(["7.1 HECHO", "7.2 PENDIENTE"], Cells(grid, words, 0));
        Assert.StartsWith("Las escuelas instalan", Cells(grid, words, 1)[1]);
        Assert.EndsWith("No hubo informe.", Cells(grid, words, 1)[1]);
    }

    [Fact]
    public void Short_lines_above_or_below_an_indented_paragraph_are_headings_not_labels()
    {
        var words = new List<PdfWord>();
        words.AddRange(Words("TEMA", 50, 700));
        words.AddRange(Words("Texto sangrado que ocupa la primera línea", 120, 686));
        words.AddRange(Words("y sigue en la segunda línea del párrafo", 120, 674));
        words.AddRange(Words("y termina en la tercera.", 120, 662));
        words.AddRange(Words("OTRO", 50, 648));

        Assert.Empty(Detector.Detect(new PdfWordTableInput(words, [], null, 842)).Tables);
    }

    [Fact]
    public void One_label_beside_a_paragraph_is_no_grid()
    {
        var words = new List<PdfWord>();
        words.AddRange(Words("Texto sangrado que ocupa la primera línea", 120, 700));
        words.AddRange(Words("NOTA", 50, 694));
        words.AddRange(Words("y sigue en la segunda línea del párrafo", 120, 688));
        words.AddRange(Words("y termina en la tercera.", 120, 676));

        Assert.Empty(Detector.Detect(new PdfWordTableInput(words, [], null, 842)).Tables);
    }

    /// <summary>A card: the id half a line under the first text line, the status under the second; text at x 150, labels at x 50.</summary>
    private static IEnumerable<PdfWord> Card(string id, string status, double top, params string[] text)
    {
        for (var k = 0; k < text.Length; k++)
        {
            foreach (var word in Words(text[k], 150, top - (k * 14)))
            {
                yield return word;
            }
        }

        foreach (var word in Words(id, 50, top - 6).Concat(Words(status, 50, top - 20, size: 7)))
        {
            yield return word;
        }
    }

    private static List<string> Cells(PdfGrid grid, List<PdfWord> words, int column) =>
        [.. Enumerable.Range(0, grid.RowCount).Select(row =>
        {
            var box = grid.Cells.Single(c => c.Row == row && c.Column == column).Box;
            return string.Join(' ', words
                .Where(w => w.CentreX >= box.Left && w.CentreX <= box.Right && w.CentreY >= box.Bottom && w.CentreY <= box.Top)
                .OrderByDescending(w => w.Baseline).ThenBy(w => w.Box.Left).Select(w => w.Text));
        })];
}
