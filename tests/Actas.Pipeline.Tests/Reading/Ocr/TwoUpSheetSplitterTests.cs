using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>
/// Which scanned sheets hold two pages side by side, on drawn sheets (a letter sheet at 200 dpi, 2200 × 1700 pixels;
/// text lines drawn as bars of word-sized strokes).
/// </summary>
public sealed class TwoUpSheetSplitterTests
{
    private const int Dpi = 200;
    private const int Width = 2200;
    private const int Height = 1700;

    [Fact]
    public void Sheet_of_two_pages_side_by_side_splits_in_its_white_gutter()
    {
        var sheet = Blank(Width, Height);
        Page(sheet, left: 170, right: 1070);
        Page(sheet, left: 1240, right: 2090);
        Specks(sheet, from: 1075, to: 1235); // specks of the scan in the gutter
        Fill(sheet, 1010, 1590, 1110, 1596); // the tail of handwritten initials reaching into it

        var halves = TwoUpSheetSplitter.Split(sheet, Dpi);

        Assert.NotNull(halves);
        Assert.Equal(2, halves.Count);
        Assert.Equal(0, halves[0].Left);
        Assert.InRange(halves[1].Left, 1110, 1240);
        Assert.Equal(halves[1].Left, halves[0].Image.Width);
        Assert.Equal(Width, halves[0].Image.Width + halves[1].Image.Width);
        Assert.Equal(Height, halves[1].Image.Height);
        Assert.Equal(0, halves[1].Image[1240 - halves[1].Left, 300]); // the right page's first stroke, moved with its columns
    }

    [Fact]
    public void Last_page_printed_beside_a_blank_one_is_its_inked_half()
    {
        var sheet = Blank(Width, Height);
        Page(sheet, left: 170, right: 1020, lines: 8);

        var halves = TwoUpSheetSplitter.Split(sheet, Dpi);

        Assert.NotNull(halves);
        var half = Assert.Single(halves);
        Assert.Equal(0, half.Left);
        Assert.Equal(Width / 2, half.Image.Width);
    }

    [Fact]
    public void Landscape_page_with_one_wide_ruled_table_is_not_split()
    {
        var sheet = Blank(Width, Height);
        int[] columns = [150, 500, 1000, 1150, 1700, 2050];
        for (var y = 200; y <= 1500; y += 100)
        {
            Fill(sheet, columns[0], y, columns[^1], y + 3);
        }

        foreach (var x in columns)
        {
            Fill(sheet, x, 200, x + 3, 1503);
        }

        for (var c = 0; c + 1 < columns.Length; c++)
        {
            for (var y = 240; y < 1500; y += 100)
            {
                Words(sheet, columns[c] + 20, Math.Min(columns[c + 1] - 20, columns[c] + 260), y);
            }
        }

        Assert.Null(TwoUpSheetSplitter.Split(sheet, Dpi));
    }

    [Fact]
    public void Landscape_page_of_lines_across_the_sheet_is_not_split()
    {
        var sheet = Blank(Width, Height);
        Page(sheet, left: 200, right: 2000);

        Assert.Null(TwoUpSheetSplitter.Split(sheet, Dpi));
    }

    [Fact]
    public void Borderless_table_with_a_gap_in_the_middle_under_a_centred_title_is_not_split()
    {
        var sheet = Blank(Width, Height);
        Words(sheet, 800, 1400, 150); // the title across the middle
        for (var y = 300; y < 1500; y += 45)
        {
            Words(sheet, 200, 1040, y);
            Words(sheet, 1160, 2000, y);
        }

        Assert.Null(TwoUpSheetSplitter.Split(sheet, Dpi));

        var untitled = Blank(Width, Height);
        for (var y = 300; y < 1500; y += 45)
        {
            Words(untitled, 200, 1040, y);
            Words(untitled, 1160, 2000, y);
        }

        // Without the title: the 0.6 in gap is narrower than the 1 in outer margins, one page's two columns.
        Assert.Null(TwoUpSheetSplitter.Split(untitled, Dpi));
    }

    [Fact]
    public void Open_book_splits_either_side_of_the_spine_shadow_and_leaves_the_shadow_out()
    {
        // A photographed open book: the pages' text reaches close to the spine, whose shadow runs dark top to bottom.
        var sheet = Blank(Width, Height);
        Page(sheet, left: 150, right: 1030);
        Page(sheet, left: 1190, right: 2060);
        Fill(sheet, 1070, 0, 1150, Height);
        for (var x = 1050; x < 1070; x++)
        {
            Fill(sheet, x, 0, x + 1, (x - 1045) * Height / 25); // the shadow fading into the left page's margin
        }

        var halves = TwoUpSheetSplitter.Split(sheet, Dpi);

        Assert.NotNull(halves);
        Assert.Equal(2, halves.Count);
        Assert.Equal(0, halves[0].Left);
        Assert.InRange(halves[0].Image.Width, 1029, 1050); // the text ends at 1029
        Assert.InRange(halves[1].Left, 1150, 1190);
        Assert.Equal(Width - halves[1].Left, halves[1].Image.Width);
    }

    [Fact]
    public void Landscape_page_with_a_rule_down_its_middle_is_not_split_at_the_rule()
    {
        // Two columns of one page parted by a drawn rule: the rule is dark top to bottom but a few pixels wide.
        var sheet = Blank(Width, Height);
        for (var y = 300; y < 1500; y += 45)
        {
            Words(sheet, 200, 1060, y);
            Words(sheet, 1140, 2000, y);
        }

        Fill(sheet, 1098, 0, 1102, Height);

        Assert.Null(TwoUpSheetSplitter.Split(sheet, Dpi));
    }

    [Fact]
    public void Portrait_page_in_two_columns_is_not_split()
    {
        var sheet = Blank(Height, Width);
        for (var y = 200; y < 2000; y += 45)
        {
            Words(sheet, 150, 780, y);
            Words(sheet, 920, 1550, y);
        }

        Assert.Null(TwoUpSheetSplitter.Split(sheet, Dpi));
    }

    private static GrayImage Blank(int width, int height)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)250);
        return new GrayImage(width, height, pixels);
    }

    /// <summary>A page of text: lines of words every 45 pixels from the top margin down, some ending short.</summary>
    private static void Page(GrayImage sheet, int left, int right, int lines = 30)
    {
        for (var i = 0; i < lines; i++)
        {
            Words(sheet, left, i % 5 == 4 ? (left + right) / 2 : right, 200 + (45 * i));
        }
    }

    /// <summary>One line of words from <paramref name="left"/> to <paramref name="right"/>: strokes 3 pixels wide, a space every 60.</summary>
    private static void Words(GrayImage sheet, int left, int right, int top)
    {
        for (var x = left; x < right; x += 6)
        {
            if ((x - left) % 60 < 48)
            {
                Fill(sheet, x, top, Math.Min(x + 3, right), top + 20);
            }
        }
    }

    private static void Specks(GrayImage sheet, int from, int to)
    {
        for (var y = 0; y < sheet.Height; y += 13)
        {
            sheet.Pixels[(y * sheet.Width) + from + (y * 7 % (to - from))] = 0;
        }
    }

    private static void Fill(GrayImage sheet, int left, int top, int right, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            Array.Fill(sheet.Pixels, (byte)0, (y * sheet.Width) + left, right - left);
        }
    }
}
