using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A minutes book printed as a borderless two-column table (paragraph number and rubric in a narrow margin, the
/// text at 1.5 spacing beside it), on words laid out by hand (10 pt text, 5 pt per character, 3 pt spaces).
/// </summary>
public sealed class MinutesBookMarginTests
{
    /// <summary>Text lines 17.25 pt apart (1.5 spacing); margin lines single-spaced, 11.5 pt apart.</summary>
    private const double TextStep = 17.25;

    [Fact]
    public void Each_margin_number_opens_a_row_that_holds_its_whole_paragraph()
    {
        var words = new List<PdfWord>();
        var baseline = 700.0;
        var texts = new[]
        {
            new[] { "En la alcaldía de Tláhuac siendo las diez horas del día", "once de mayo se reunieron las personas integrantes", "del grupo de trabajo para su sesión." },
            new[] { "Se tomó lista y se hizo constar la presencia de las", "personas que se nombran enseguida en este libro." },
            new[] { "Verificado el quórum se declaró instalada la sesión y se", "leyó el orden del día que fue aprobado sin cambio." },
        };
        var rubrics = new[] { "Apertura", "Lista", "Quórum" };
        var lastLines = new List<double>();
        for (var p = 0; p < texts.Length; p++)
        {
            words.AddRange(Words($"{p + 1}", 57, baseline));
            words.AddRange(Words(rubrics[p], 57, baseline - 11.5));
            foreach (var text in texts[p])
            {
                words.AddRange(Words(text, 130, baseline));
                baseline -= TextStep;
            }

            lastLines.Add(baseline + TextStep);
        }

        var lines = new LineGrouper().Group(words);
        var rows = new StreamRowSplitter(PdfWordTableDetectorOptions.Default).Split(lines, [50, 120, 430], [], new HashSet<int>());

        Assert.Equal(3, rows.Count);
        for (var p = 0; p < 3; p++)
        {
            // A paragraph's last line lies in its number's row, not in the row of the next number.
            Assert.InRange(lastLines[p], rows[p].Bottom, rows[p].Top);
        }
    }

    [Fact]
    public void A_two_line_cell_wrapped_at_its_columns_wide_leading_stays_one_paragraph()
    {
        var words = new List<PdfWord>();
        words.AddRange(Words("La coordinadora dio lectura al informe de la meta", 130, 700));
        words.AddRange(Words("que presentó la secretaría en la sesión de hoy", 130, 700 - TextStep));
        words.AddRange(Words("y quedó asentado en el libro sin observaciones.", 130, 700 - (2 * TextStep)));
        words.AddRange(Words("Se pasó lista de asistencia y se hizo constar la presencia", 130, 700 - (3 * TextStep) - 6));
        words.AddRange(Words("de las personas que firman al margen.", 130, 700 - (4 * TextStep) - 6));
        var rows = new[] { new StreamRow(710, 700 - (2 * TextStep) - 3, false), new StreamRow(700 - (3 * TextStep) + 3, 600, false) };
        var grid = StreamRowSplitter.Grid([120, 430], rows);

        var table = new PdfTableBuilder(new LineGrouper(), new ParagraphGrouper()).Build(grid, words, page: 1, block: 0);

        Assert.Single(table.Rows[1].Cells[0].Paragraphs);
    }

    [Fact]
    public void An_honorific_initial_wrapped_after_a_full_line_does_not_start_a_list_item()
    {
        var lines = new[]
        {
            Line("Por la sociedad civil: por la Unión de Productores de Nopal, el", 57, 700),
            Line("C. Anselmo Galicia Meza; por la Red de Mujeres del Sur.", 57, 688),
        };

        var paragraphs = new ParagraphGrouper().Group(lines);

        Assert.Single(paragraphs);
    }
}
