using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>
/// Rules of a table on a photographed page, whose light falls off across the sheet (drawn at 200 dpi: paper 240 at the
/// left edge down to 170 at the right, speckled as a JPEG; a dark desk band along the top).
/// </summary>
public sealed class PaperToneFlattenerTests
{
    private const int Width = 1400;
    private const int Height = 900;

    [Fact]
    public void Table_on_paper_darkened_by_the_light_keeps_its_rules()
    {
        var image = Photo();
        int[] rows = [250, 400, 550, 700];
        int[] columns = [100, 500, 900, 1300];
        foreach (var y in rows)
        {
            for (var x = columns[0]; x <= columns[^1]; x++)
            {
                Ink(image, x, y, 70);
                Ink(image, x, y + 1, 90);
            }
        }

        foreach (var x in columns)
        {
            for (var y = rows[0]; y <= rows[^1]; y++)
            {
                Ink(image, x, y, 70);
                Ink(image, x + 1, y, 90);
            }
        }

        var rules = new ImageRuleFinder().Find(image, 200);

        var horizontal = rules.Where(r => r.Horizontal && r.End - r.Start > 1000).Select(r => r.Position).Order().ToList();
        Assert.Equal(rows.Length, horizontal.Count);
        Assert.All(horizontal.Zip(rows), p => Assert.InRange(p.First, p.Second - 1, p.Second + 2));
        Assert.Equal(columns.Length, rules.Count(r => !r.Horizontal && r.End - r.Start > 400));
    }

    [Fact]
    public void White_paper_is_left_as_it_is()
    {
        var pixels = new byte[Width * Height];
        Array.Fill(pixels, (byte)245);
        pixels[(300 * Width) + 300] = 0;
        var image = new GrayImage(Width, Height, pixels);

        Assert.Same(image, PaperToneFlattener.Flatten(image, 200));
    }

    [Fact]
    public void Grey_paper_turns_white_and_its_ink_stays_dark_while_the_desk_stays_as_it_is()
    {
        var image = Photo();
        Ink(image, 1200, 500, 60);

        var flat = PaperToneFlattener.Flatten(image, 200);

        Assert.InRange(flat[1200, 450], 225, 255); // paper of 170-odd under a fallen-off light
        Assert.InRange(flat[1200, 500], 0, 110);
        Assert.Equal(image[700, 20], flat[700, 20]); // the desk
    }

    /// <summary>Paper from 240 at the left to 170 at the right with ±10 of noise, under a desk band 150 pixels high.</summary>
    private static GrayImage Photo()
    {
        var random = new Random(7);
        var pixels = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var paper = 240 - (70.0 * x / Width);
                pixels[(y * Width) + x] = (byte)(y < 150 ? 70 + random.Next(-10, 11) : paper + random.Next(-10, 11));
            }
        }

        return new GrayImage(Width, Height, pixels);
    }

    private static void Ink(GrayImage image, int x, int y, byte tone) => image.Pixels[(y * image.Width) + x] = tone;
}
