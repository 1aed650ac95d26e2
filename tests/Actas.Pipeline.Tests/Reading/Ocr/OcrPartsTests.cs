using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>The small parts of the OCR path, each alone: no Tesseract needed.</summary>
public sealed class OcrPartsTests
{
    private static readonly string[] Spanish =
        "En Instalaciones de la Secretaría Ejecutiva se llevó a cabo la vigésima cuarta reunión de trabajo del Espacio de Participación con PGJCDMX y SEDESO".Split(' ');

    [Fact]
    public void Spanish_text_layer_is_not_garbage()
    {
        Assert.False(new TextLayerJudge(TextLayerJudgeOptions.Default).IsGarbage(Spanish));
    }

    [Fact]
    public void Text_layer_of_glyphs_without_unicode_map_is_garbage()
    {
        // Glyph codes read as letters three places on (a font subset without a ToUnicode map).
        var shifted = Spanish.Select(w => new string([.. w.Select(c => char.IsLetter(c) && c < 'x' ? (char)(c + 3) : c)])).ToList();
        var controls = Spanish.Select(w => new string('\u0003', w.Length)).ToList();

        Assert.True(new TextLayerJudge(TextLayerJudgeOptions.Default).IsGarbage(shifted));
        Assert.True(new TextLayerJudge(TextLayerJudgeOptions.Default).IsGarbage(controls));
    }

    [Fact]
    public void Tesseract_tsv_gives_words_with_boxes_confidence_and_line()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
            "4\t1\t2\t1\t1\t0\t340\t122\t1917\t44\t-1\t\n" +
            "5\t1\t2\t1\t1\t1\t340\t122\t257\t44\t96.423172\tVIGÉSIMA\n" +
            "5\t1\t2\t1\t1\t2\t612\t132\t212\t34\t95.5\t \n" +
            "5\t1\t2\t1\t2\t1\t283\t197\t278\t34\t41\tDERECHOS\n";

        var words = TesseractTsvParser.Parse(tsv);

        Assert.Equal(2, words.Count);
        Assert.Equal(new OcrWord("VIGÉSIMA", 340, 122, 257, 44, 96.423172, 2, 1, 1), words[0]);
        Assert.Equal((2, 1, 2), words[1].LineKey);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2.5)]
    [InlineData(2, -1)]
    [InlineData(3, -3)]
    public void Page_geometry_maps_raw_to_upright_and_back(int turn, double skew)
    {
        var geometry = new PageGeometry(1700, 2200, turn, skew);

        var (x, y) = geometry.ToUpright(321, 1234);
        var (rx, ry) = geometry.ToRaw(x, y);

        Assert.Equal(321, rx, 6);
        Assert.Equal(1234, ry, 6);
    }

    [Fact]
    public void Sideways_page_is_turned_by_the_order_of_its_tall_words()
    {
        // A page scanned turned clockwise: lines run top to bottom at the right of the image.
        var words = Enumerable.Range(0, 3).SelectMany(line => Enumerable.Range(0, 4).Select(i =>
            new OcrWord("palabra", 2000 - (line * 60), 100 + (i * 300), 40, 250, 95, 1, 1, line + 1))).ToList();

        var geometry = PageGeometryEstimator.Estimate(words, 2200, 1700);

        Assert.Equal(1, geometry.QuarterTurn);
        Assert.Equal(1700, geometry.UprightWidth);
        var (_, firstLineY) = geometry.ToUpright(words[0].CentreX, words[0].CentreY);
        var (_, lastLineY) = geometry.ToUpright(words[^1].CentreX, words[^1].CentreY);
        Assert.True(firstLineY < lastLineY, "the first line read is at the top of the upright page");
    }

    [Fact]
    public void Skew_left_after_straightening_is_read_from_the_lines()
    {
        var slope = Math.Tan(0.8 * Math.PI / 180);
        var words = Enumerable.Range(0, 5).SelectMany(line => Enumerable.Range(0, 8).Select(i =>
            new OcrWord("texto", 200 + (i * 200), 300 + (line * 60) + (slope * (200 + (i * 200))), 150, 35, 95, 1, 1, line + 1))).ToList();

        var geometry = PageGeometryEstimator.Estimate(words, 2000, 2800);

        Assert.Equal(0, geometry.QuarterTurn);
        Assert.Equal(0.8, geometry.SkewDegrees, 1);
    }

    [Fact]
    public void Drawn_grid_gives_its_rules_and_text_gives_none()
    {
        var image = White(600, 400);
        for (var x = 50; x <= 550; x++)
        {
            image.Pixels[(100 * 600) + x] = 170; // a hairline rule prints light grey
            image.Pixels[(300 * 600) + x] = 0;
        }

        for (var y = 100; y <= 300; y++)
        {
            image.Pixels[(y * 600) + 50] = 0;
            image.Pixels[(y * 600) + 550] = 0;
        }

        for (var x = 60; x < 540; x += 7)
        {
            for (var y = 200; y < 230; y++)
            {
                image.Pixels[(y * 600) + x] = 0; // letters: short strokes with gaps
                image.Pixels[(y * 600) + x + 1] = 0;
            }
        }

        var rules = new ImageRuleFinder().Find(image, 200);

        Assert.Equal([100.0, 300.0], rules.Where(r => r.Horizontal).Select(r => r.Position).Order());
        Assert.Equal([50.0, 550.0], rules.Where(r => !r.Horizontal).Select(r => r.Position).Order());
        Assert.All(rules.Where(r => r.Horizontal), r => Assert.Equal((50, 550), (r.Start, r.End)));
    }

    [Fact]
    public void Rules_a_fraction_of_a_point_apart_make_one_row_boundary_and_tables_at_the_same_x_stay_apart()
    {
        // Rows of a scanned attendance table: the rule under the first row found as a long run and a short one
        // 0.6 pt lower (neighbouring merge bands); the short one must not cut the long one short.
        List<RulingSegment> table =
        [
            new(true, 522.4, 78.7, 589), new(true, 501.8, 78.2, 564.2), new(true, 501.2, 500.4, 589.2), new(true, 480.5, 78.7, 589),
            new(false, 78.7, 480.5, 522.4), new(false, 589, 480.5, 522.4), new(false, 238, 480.5, 522.4),
        ];
        List<RulingSegment> below = [new(true, 300, 78.7, 589), new(true, 250, 78.7, 589), new(false, 78.7, 250, 300), new(false, 589, 250, 300), new(false, 400, 250, 300)];

        var grids = new RulingLineTableDetector().Detect([.. table, .. below]);

        Assert.Equal(2, grids.Count);
        Assert.Equal(2, grids[0].RowEdges.Count - 1);
        Assert.DoesNotContain(grids[0].Cells, c => c.ContinuesAbove);
    }

    [Theory]
    [InlineData("TSICDMX", "TSJCDMX")]
    [InlineData("PGJICDMX,", "PGJCDMX,")]
    [InlineData("SEDESQ", "SEDESQ")]
    [InlineData("SEDESO", "SEDESO")]
    [InlineData("Martínez", "Martínez")]
    [InlineData("26*", "26ª")]
    [InlineData("412,3.-", "412.3.-")]
    [InlineData("12,5.", "12,5.")]
    [InlineData("1,250.-", "1,250.-")]
    public void Misread_acronym_is_put_right_only_when_one_known_acronym_is_that_close(string read, string expected)
    {
        var corrector = new OcrWordCorrector(["PGJ", "PGJCDMX", "PGJ-CDMX", "TSJCDMX", "SEDESO", "SEDESA"]);

        Assert.Equal(expected, corrector.Correct(read));
    }

    [Fact]
    public void Rule_read_into_a_word_is_cut_off_and_padding_is_not()
    {
        var rule = new RulingSegment(false, 100, 0, 800);
        var glued = new PdfWord("¡Derechos", new BoundingBox(99, 500, 153, 510), 501, 11, false);
        var padded = new PdfWord("Indicador", new BoundingBox(104, 400, 158, 410), 401, 11, false);
        var mark = new PdfWord("|", new BoundingBox(99, 300, 101, 310), 301, 11, false);

        var words = RuleMarkTrimmer.Trim([glued, padded, mark], [rule]);

        Assert.Equal(["Derechos", "Indicador"], words.Select(w => w.Text));
    }

    [Theory]
    [InlineData("10:00", "10:00")]
    [InlineData("Institución", "Institución")]
    [InlineData("IAPA", "IAPA")]
    [InlineData("lSEDESA", "SEDESA")]
    [InlineData("1Jorge", "Jorge")]
    [InlineData("|Jorge", "Jorge")]
    public void Letter_or_digit_like_a_rule_opening_a_word_on_a_rule_is_cut_only_where_it_cannot_be_text(string read, string expected)
    {
        var rule = new RulingSegment(false, 100, 0, 800);
        var word = new PdfWord(read, new BoundingBox(99, 500, 99 + (6 * read.Length), 510), 501, 11, false);

        Assert.Equal(expected, Assert.Single(RuleMarkTrimmer.Trim([word], [rule])).Text);
    }

    [Theory]
    [InlineData("Manuel", "Manuel")]
    [InlineData("2021", "2021")]
    [InlineData("FloresI", "Flores")]
    [InlineData("Ponce1", "Ponce")]
    public void Letter_or_digit_like_a_rule_ending_a_word_on_a_rule_is_cut_only_where_it_cannot_be_text(string read, string expected)
    {
        var right = 99 + (6 * read.Length);
        var rule = new RulingSegment(false, right, 0, 800);
        var word = new PdfWord(read, new BoundingBox(99, 500, right, 510), 501, 11, false);

        Assert.Equal(expected, Assert.Single(RuleMarkTrimmer.Trim([word], [rule])).Text);
    }

    [Fact]
    public void Small_plus_opening_a_line_is_the_bullet_it_misread_and_a_plus_inside_is_not()
    {
        OcrWord At(string text, double left, double height, int line) => new(text, left, (line * 100) + 40 - height, 20 * text.Length, height, 90, 1, 1, line);
        var words = new[] { At("+", 100, 14, 1), At("Felipe", 140, 36, 1), At("Ángeles", 280, 45, 1), At("3", 100, 34, 2), At("+", 130, 14, 2), At("4", 160, 34, 2) };

        var mapped = OcrWordMapper.Map(words, new PageGeometry(1700, 2200, 0, 0), null, 72.0 / 200);

        Assert.Equal(["•", "Felipe", "Ángeles", "3", "+", "4"], mapped.Select(m => m.Word.Text));
    }

    [Fact]
    public void Neighbouring_words_whose_noisy_boxes_touch_keep_their_space_and_punctuation_keeps_leaning()
    {
        // "Refugio" ends at pixel 642 and "Martínez" (its box widened by specks) starts at 641; "," touches "cobertura".
        OcrWord At(string text, double left, double width) => new(text, left, 1500, width, 60, 90, 1, 1, 1);
        var words = new[] { At("Refugio", 492, 150), At("Martínez", 641, 360), At("cobertura", 1010, 200), At(",", 1210, 12) };

        var mapped = OcrWordMapper.Map(words, new PageGeometry(2550, 3300, 0, 0), null, 72.0 / 300);
        var line = new LineGrouper().Group(mapped.Select(m => m.Word)).Single();

        Assert.Equal("Refugio Martínez cobertura,", line.Text);
    }

    private static GrayImage White(int width, int height)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        return new GrayImage(width, height, pixels);
    }
}
