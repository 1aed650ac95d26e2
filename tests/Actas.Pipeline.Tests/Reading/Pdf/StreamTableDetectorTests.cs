using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Stream-mode tables on words laid out by hand: 10 pt text, 5 pt per character, 3 pt spaces.</summary>
public sealed class StreamTableDetectorTests
{
    private static readonly StreamTableDetector Detector = new(PdfWordTableDetectorOptions.Default with { Enabled = true }, new LineGrouper());

    [Fact]
    public void Label_and_value_columns_are_a_two_column_table_with_wrapped_values_joined()
    {
        var words = new List<PdfWord>();
        words.AddRange(Words("Fecha:", 50, 700));
        words.AddRange(Words("jueves 11 de octubre de 2018", 200, 700));
        words.AddRange(Words("Lugar:", 50, 686));
        words.AddRange(Words("Sala de juntas de la Secretaría", 200, 686));
        words.AddRange(Words("Ejecutiva, colonia Florida.", 200, 672));
        words.AddRange(Words("Hora:", 50, 658));
        words.AddRange(Words("10:00 horas", 200, 658));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(2, grid.ColumnCount);
        Assert.Equal(3, grid.RowCount);
        Assert.Equal(["Fecha:", "Lugar:", "Hora:"], Column(grid, words, 0));
        Assert.Equal("Sala de juntas de la Secretaría Ejecutiva, colonia Florida.", Column(grid, words, 1)[1]);
    }

    [Fact]
    public void Name_wrapped_in_a_narrow_column_stays_in_its_row()
    {
        // Nombre column 100 pt wide (x 80–180): "María Guadalupe" + "Hernández" would not fit, so it wraps.
        var words = new List<PdfWord>();
        words.AddRange(Words("1", 50, 700));
        words.AddRange(Words("María Guadalupe", 80, 700));
        words.AddRange(Words("PGJCDMX", 200, 700));
        words.AddRange(Words("Hernández Villaseñor", 80, 686));
        words.AddRange(Words("2", 50, 672));
        words.AddRange(Words("Ana Ruiz", 80, 672));
        words.AddRange(Words("COPRED", 200, 672));
        words.AddRange(Words("3", 50, 658));
        words.AddRange(Words("Juan Pérez", 80, 658));
        words.AddRange(Words("SEDESO", 200, 658));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(3, grid.ColumnCount);
        Assert.Equal(["María Guadalupe Hernández Villaseñor", "Ana Ruiz", "Juan Pérez"], Column(grid, words, 1));
    }

    [Fact]
    public void Heading_in_larger_type_after_a_table_ends_it_even_where_its_step_fits_its_own_size()
    {
        // 9 pt rows; the 12 pt heading sits 30 pt under the last row (under 2.6 × 12, over 2.6 × 9).
        var words = new List<PdfWord>();
        words.AddRange(Words("Día", 50, 700, size: 9));
        words.AddRange(Words("martes 4 de mayo", 200, 700, size: 9));
        words.AddRange(Words("Modo", 50, 686, size: 9));
        words.AddRange(Words("en línea", 200, 686, size: 9));
        words.AddRange(Words("Lugar", 50, 672, size: 9));
        words.AddRange(Words("sala norte", 200, 672, size: 9));
        words.AddRange(Words("Asistentes", 50, 642, size: 12));
        words.AddRange(Words("ÁREA UNO", 50, 624, size: 9));
        words.AddRange(Words("ÁREA DOS", 200, 624, size: 9));
        words.AddRange(Words("Pedro Ruiz Gómez", 50, 610, size: 9));
        words.AddRange(Words("Lucía Mora Díaz", 200, 610, size: 9));

        var grids = Detect(words).Tables;

        var first = grids.OrderByDescending(g => g.Box.Top).First();
        Assert.Equal(3, first.RowCount);
        Assert.Equal(["Día", "Modo", "Lugar"], Column(first, words, 0));
        Assert.DoesNotContain(grids, g => Column(g, words, 0).Any(c => c.Contains("Asistentes") || c.Contains("ÁREA")) && g.RowCount > 2);
    }

    [Fact]
    public void Row_closing_in_small_type_keeps_the_next_row_in_the_table()
    {
        // A 10 pt grid whose rows end with an 8 pt line: the step to the next row is measured in 10 pt.
        var words = new List<PdfWord>();
        words.AddRange(Words("1.1", 50, 700));
        words.AddRange(Words("Primera tarea", 120, 700));
        words.AddRange(Words("hecho", 300, 700));
        words.AddRange(Words("nota breve", 120, 688, size: 8));
        words.AddRange(Words("1.2", 50, 667));
        words.AddRange(Words("Segunda tarea", 120, 667));
        words.AddRange(Words("pendiente", 300, 667));
        words.AddRange(Words("otra nota", 120, 655, size: 8));

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(["1.1", "1.2"], Column(grid, words, 0).Where(c => c.Length > 0));
    }

    [Fact]
    public void Justified_paragraphs_never_become_tables()
    {
        var random = new Random(20181011);
        for (var trial = 0; trial < 200; trial++)
        {
            var words = new List<PdfWord>();
            for (var line = 0; line < 2 + random.Next(10); line++)
            {
                words.AddRange(JustifiedLine(random, 57, 540, 700 - (line * 13)));
            }

            var found = Detect(words);

            Assert.Empty(found.Tables);
            Assert.Empty(found.TextColumns);
        }
    }

    [Fact]
    public void Justified_lines_with_wide_even_spaces_that_line_up_by_chance_are_no_table()
    {
        // 7 pt text stretched to 10 pt spaces; the gaps after the third word of both lines overlap by 6 pt (over 0.6 font sizes).
        var words = new List<PdfWord>();
        words.AddRange(Spaced(7, 700, 136, ("Hacia", 38), ("el", 9), ("cierre", 31), ("del", 44), ("periodo", 12), ("se", 11), ("sumaron", 40), ("otras", 30), ("cuarenta", 45)));
        words.AddRange(Spaced(7, 688, 136, ("comunidades,", 80), ("con", 12), ("las", 14), ("que", 18), ("trabajaron", 57), ("tres", 20), ("brigadas", 40)));
        words.AddRange(Spaced(7, 676, 136, ("de", 12), ("salud.", 30)));

        var found = Detect(words);

        Assert.Empty(found.Tables);
        Assert.Empty(found.TextColumns);
    }

    [Fact]
    public void Single_word_cells_far_apart_still_make_a_table()
    {
        var words = new List<PdfWord>();
        foreach (var (row, baseline) in new[] { (new[] { "Nombre", "Cargo", "Sector", "Firma", "Hora" }, 700.0), (new[] { "Ana", "Jefa", "Gob.", "sí", "10:00" }, 686), (new[] { "Luis", "Enlace", "OSC", "sí", "10:05" }, 672) })
        {
            for (var c = 0; c < row.Length; c++)
            {
                words.AddRange(Words(row[c], 57 + (c * 60), baseline));
            }
        }

        var grid = Assert.Single(Detect(words).Tables);

        Assert.Equal(5, grid.ColumnCount);
        Assert.Equal("Nombre Ana Luis", string.Join(' ', Column(grid, words, 0)));
        Assert.Equal("Hora 10:00 10:05", string.Join(' ', Column(grid, words, 4)));
    }

    [Fact]
    public void Bulleted_list_with_hanging_indent_is_not_a_table()
    {
        var words = new List<PdfWord>();
        words.AddRange(Words("•", 70, 700));
        words.AddRange(Words("Revisión de los informes de las instancias", 90, 700));
        words.AddRange(Words("ejecutoras sobre las metas de la estrategia.", 90, 687));
        words.AddRange(Words("•", 70, 674));
        words.AddRange(Words("Retroalimentación de la Secretaría Ejecutiva.", 90, 674));
        words.AddRange(Words("•", 70, 661));
        words.AddRange(Words("Asuntos generales.", 90, 661));

        Assert.Empty(Detect(words).Tables);
    }

    [Fact]
    public void Two_wide_columns_of_running_text_are_text_columns_not_a_table()
    {
        var random = new Random(7);
        var words = new List<PdfWord>();
        for (var line = 0; line < 8; line++)
        {
            words.AddRange(JustifiedLine(random, 57, 290, 700 - (line * 13)));
            words.AddRange(JustifiedLine(random, 310, 540, 700 - (line * 13)));
        }

        var found = Detect(words);

        Assert.Empty(found.Tables);
        var section = Assert.Single(found.TextColumns);
        Assert.Equal(3, section.ColumnEdges.Count);
        Assert.InRange(section.ColumnEdges[1], 290, 310);
    }

    [Fact]
    public void Two_wide_columns_of_running_text_whose_blocks_start_together_are_a_table()
    {
        // Retroalimentación | Observaciones: three rows of wrapped text, each row after a blank.
        var random = new Random(11);
        var words = new List<PdfWord>();
        var baseline = 700.0;
        for (var row = 0; row < 3; row++)
        {
            for (var line = 0; line < 3; line++)
            {
                words.AddRange(JustifiedLine(random, 57, 290, baseline));
                words.AddRange(JustifiedLine(random, 310, 540, baseline));
                baseline -= 13;
            }

            baseline -= 8;
        }

        var found = Detect(words);

        Assert.Empty(found.TextColumns);
        var grid = Assert.Single(found.Tables);
        Assert.Equal(3, grid.RowCount);
    }

    [Fact]
    public void Lines_at_the_top_that_follow_the_previous_pages_columns_continue_its_table()
    {
        // One line only (too few for a table alone), lower case: the rest of a cell cut by the page break.
        var words = new List<PdfWord>();
        words.AddRange(Words("Mecanismo de Seguimiento y Evaluación del Programa", 57, 810));
        words.AddRange(Words("de la Fuente", 80, 760));
        words.AddRange(Words("En la Ciudad de México, siendo las catorce horas del día", 57, 730));
        double[] edges = [45, 75, 195, 400];

        var found = Detector.Detect(new PdfWordTableInput(words, [], edges, 842));

        var grid = Assert.IsType<PdfGrid>(found.Continued);
        Assert.Equal(edges, grid.ColumnEdges);
        Assert.Equal(1, grid.RowCount);
    }

    [Fact]
    public void A_heading_in_larger_type_under_a_continued_row_is_not_part_of_it()
    {
        // The last row carried over to the new page, then an 11 pt heading in the first column 25 pt below (within a row step).
        var words = new List<PdfWord>();
        words.AddRange(Words("SEDUVI", 57, 730));
        words.AddRange(Words("Comentario sobre el avance de la meta.", 160, 730));
        words.AddRange(Words("ACUERDOS", 55, 705, size: 11));
        words.AddRange(Words("Primero. Se revisará la meta en la siguiente sesión del espacio.", 55, 683));
        double[] edges = [50, 150, 540];

        var found = Detector.Detect(new PdfWordTableInput(words, [], edges, 842));

        var grid = Assert.IsType<PdfGrid>(found.Continued);
        Assert.Equal(1, grid.RowCount);
        Assert.True(grid.Box.Bottom > 705 + 2, $"the grid reaches down to {grid.Box.Bottom}");
    }

    [Fact]
    public void Drawn_row_rules_decide_the_rows_when_there_are_several()
    {
        // The key cell holds two paragraphs ("Meta 523.1" / "Número de…"), which alone would look like two rows.
        var words = new List<PdfWord>();
        words.AddRange(Words("Meta 523.1", 50, 700));
        words.AddRange(Words("PGJCDMX", 250, 700));
        words.AddRange(Words("Número", 50, 686));
        words.AddRange(Words("Meta 523.2", 50, 666));
        words.AddRange(Words("SEDESO", 250, 666));
        words.AddRange(Words("Meta 523.3", 50, 646));
        words.AddRange(Words("STyFE", 250, 646));
        RulingSegment[] rules = [new(true, 676, 40, 400), new(true, 656, 40, 400)];

        var grid = Assert.Single(Detector.Detect(new PdfWordTableInput(words, rules, null, 842)).Tables);

        Assert.Equal(["Meta 523.1 Número", "Meta 523.2", "Meta 523.3"], Column(grid, words, 0));
    }

    private static PdfWordTables Detect(List<PdfWord> words) => Detector.Detect(new PdfWordTableInput(words, [], null, 842));

    /// <summary>The text of each row's cell in one column, words placed by centre.</summary>
    private static List<string> Column(PdfGrid grid, List<PdfWord> words, int column) =>
        [.. Enumerable.Range(0, grid.RowCount).Select(row =>
        {
            var box = grid.Cells.Single(c => c.Row == row && c.Column == column).Box;
            return string.Join(' ', words
                .Where(w => w.CentreX >= box.Left && w.CentreX <= box.Right && w.CentreY >= box.Bottom && w.CentreY <= box.Top)
                .OrderByDescending(w => w.Baseline).ThenBy(w => w.Box.Left).Select(w => w.Text));
        })];

    /// <summary>Words of random length filling left..right, the spare room spread over the spaces (justified).</summary>
    /// <summary>Words of the given widths, each gap after one 10 pt wide (a justified line in small type).</summary>
    private static List<PdfWord> Spaced(double size, double baseline, double left, params (string Text, double Width)[] parts)
    {
        var words = new List<PdfWord>();
        var x = left;
        foreach (var (text, width) in parts)
        {
            words.Add(new PdfWord(text, new BoundingBox(x, baseline - (size * 0.2), x + width, baseline + (size * 0.7)), baseline, size, false));
            x += width + 10;
        }

        return words;
    }

    private static List<PdfWord> JustifiedLine(Random random, double left, double right, double baseline)
    {
        var lengths = new List<int>();
        var used = 0.0;
        while (true)
        {
            var length = 1 + random.Next(11);
            if (used + (length * 5) + (lengths.Count * 3) > right - left)
            {
                break;
            }

            lengths.Add(length);
            used += length * 5;
        }

        var space = (right - left - used) / Math.Max(1, lengths.Count - 1);
        var words = new List<PdfWord>();
        var x = left;
        foreach (var length in lengths)
        {
            var width = length * 5.0;
            words.Add(new PdfWord(new string('a', length), new BoundingBox(x, baseline - 2, x + width, baseline + 7), baseline, Size, false));
            x += width + space;
        }

        return words;
    }
}
