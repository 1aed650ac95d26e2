using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>The second look at inked empty cells: which cells, how they are stacked, and where their words go back.</summary>
public sealed class EmptyCellReaderTests
{
    private const double Dpi = 100;
    private const double Scale = 72 / Dpi;

    [Fact]
    public void Only_empty_cells_with_ink_inside_their_rules_are_cropped()
    {
        // A 600 × 400 pixel page (432 × 288 pt); three cells 200 px wide and 100 px tall in one row at the top.
        var pixels = new byte[600 * 400];
        Array.Fill(pixels, (byte)255);
        void Ink(int left, int top, int width, int height)
        {
            for (var y = top; y < top + height; y++)
            {
                Array.Fill(pixels, (byte)0, (y * 600) + left, width);
            }
        }

        Ink(20, 40, 150, 12); // a line of text in the first cell
        Ink(399, 0, 2, 100); // only the rule between the second and third cells
        Ink(420, 40, 150, 12); // text in the third cell, which has words already
        var image = new GrayImage(600, 400, pixels);
        TableCell Cell(int column, params string[] text) =>
            new(column, 1, text, Box: new BoundingBox(column * 200 * Scale, 288 - (100 * Scale), (column + 1) * 200 * Scale, 288));
        var table = new Table([new TableRow([Cell(0), Cell(1), Cell(2, "Informe")])], 3, true, new SourceLocation(1, 0));

        var crops = EmptyCellReader.InkedEmptyCells([table], image, 288, Scale, Dpi);

        var crop = Assert.Single(crops);
        Assert.Equal((3, 3), (crop.Left, crop.Top));
    }

    [Fact]
    public void Words_read_on_the_stack_go_back_to_their_cells()
    {
        var image = new GrayImage(600, 400, new byte[600 * 400]);
        var crops = new List<(int Left, int Top, int Width, int Height)> { (10, 20, 100, 40), (300, 200, 150, 30) };

        var (stack, tops) = EmptyCellReader.Stack(image, crops, Dpi);
        var words = new[]
        {
            new OcrWord("Raúl", 12, tops[0] + 5, 40, 20, 90, 1, 1, 1), // 12 px of padding at 100 dpi
            new OcrWord("IAPA", 12 + 30, tops[1] + 4, 50, 20, 90, 2, 1, 1),
        };
        var placed = EmptyCellReader.PlaceBack(words, crops, tops, Dpi);

        Assert.Equal(150 + 24, stack.Width);
        Assert.Equal([(10.0, 25.0), (330.0, 204.0)], placed.Select(w => (w.Left, w.Top)));
        Assert.NotEqual(placed[0].LineKey, placed[1].LineKey);
    }
}
