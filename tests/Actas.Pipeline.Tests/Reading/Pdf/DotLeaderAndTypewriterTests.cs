using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Typewriter forms: dot leaders between label and value, and Courier text whose spaces stack into false column gaps.</summary>
public sealed class DotLeaderAndTypewriterTests
{
    [Theory]
    [InlineData("FECHA .................. . .07/03/2023", "FECHA\t07/03/2023")]
    [InlineData("HORA DE INICIO . . . . . . . . . . .17:00 hrs.", "HORA DE INICIO\t17:00 hrs.")]
    [InlineData("LUGAR.............. Faro de Oriente", "LUGAR\tFaro de Oriente")]
    [InlineData("Lic. Verónica Salinas Prado...............SIBISO – Comedores", "Lic. Verónica Salinas Prado\tSIBISO – Comedores")]
    public void Dot_leader_between_label_and_value_reads_as_a_tab(string typed, string expected)
    {
        var words = DotLeaderFilter.Filter(Words(typed, 57, 700));

        Assert.Equal(expected, new LineGrouper().Group(words).Single().Text);
    }

    [Theory]
    [InlineData("y otros ... casos similares.")]
    [InlineData("Se aplicaron 640 vacunas. Además, 12 brigadas.")]
    [InlineData("Meta 231.1. Se operan puntos de cultura")]
    public void Ellipsis_and_full_stops_are_kept(string text)
    {
        var words = Words(text, 57, 700);

        Assert.Equal(text, new LineGrouper().Group(DotLeaderFilter.Filter(words)).Single().Text);
    }

    [Fact]
    public void Courier_prose_whose_single_spaces_line_up_is_no_table()
    {
        // Every line has a space at characters 12 and 25: one Courier space (0.6 font sizes) is as wide as a column gap.
        string[] typed =
        [
            "Durante 2022 operaron 147 puntos de cultura",
            "en las cinco alcaldías de la ciudad con",
            "con un total de 41,920 en todo el año.",
            "y se atendieron a personas de todas las edades.",
        ];
        var words = typed.SelectMany((text, i) => Courier(text, 85, 700 - (i * 12))).ToList();

        var found = new StreamTableDetector().Detect(new PdfWordTableInput(words, [], null, 842));

        Assert.Empty(found.Tables);
    }

    [Fact]
    public void Courier_columns_set_with_tabs_are_still_a_table()
    {
        // Prose above gives the page its typical Courier space, so the floor is in force.
        string[] prose =
        [
            "Durante 2022 operaron 147 puntos de cultura",
            "en las cinco alcaldías de la ciudad con",
            "con un total de 41,920 en todo el año.",
            "y se atendieron a personas de todas las edades.",
        ];
        string[] typed = ["NOMBRE                      TIPO", "Mtra. Rebeca Solís          Gob.", "Ana Luisa Robles            OSC", "Lic. Gloria Nieto           SE"];
        var words = prose.SelectMany((text, i) => Courier(text, 85, 760 - (i * 12)))
            .Concat(typed.SelectMany((text, i) => Courier(text, 57, 700 - (i * 12)))).ToList();

        var grid = Assert.Single(new StreamTableDetector().Detect(new PdfWordTableInput(words, [], null, 842)).Tables);

        Assert.Equal(2, grid.ColumnCount);
    }

    [Fact]
    public void Single_spaced_typed_columns_are_one_row_per_name_with_an_overflowing_institution_wrapped_into_its_row()
    {
        string[] typed =
        [
            "Luz Mora Peña       Alcaldía Tláhuac         Gob.",
            "Raúl Nava Ortiz     Colectivo Tierra         OSC",
            "                    Fértil del Sur",
            "Irma Sosa Cruz      Secretaría Ejecutiva     SE",
            "Tomás Rey Gil       Consejo de Vecinos       OSC",
        ];
        var words = typed.SelectMany((text, i) => Courier(text, 57, 700 - (i * 12))).ToList();

        var grid = Assert.Single(new StreamTableDetector().Detect(new PdfWordTableInput(words, [], null, 842)).Tables);

        Assert.Equal(3, grid.ColumnCount);
        Assert.Equal(4, grid.RowCount);
        var row = grid.Cells.Single(c => c.Row == 1 && c.Column == 1).Box;
        Assert.Equal(["Colectivo", "Tierra", "Fértil", "del", "Sur"], words.Where(w => w.CentreX >= row.Left && w.CentreX <= row.Right && w.CentreY >= row.Bottom && w.CentreY <= row.Top).Select(w => w.Text));
    }

    [Fact]
    public void Letters_of_equal_width_with_narrow_spaces_are_not_typewriter_rows()
    {
        // Proportional type whose letters happen to be even (5 pt) but whose spaces are 3 pt: rows come from line steps.
        Assert.False(TypewriterRows.Monospaced(new LineGrouper().Group(
            Enumerable.Range(0, 4).SelectMany(i => Words("Nombre de la persona asistente", 57, 700 - (i * 12))).ToList())));
        Assert.True(TypewriterRows.Monospaced(new LineGrouper().Group(
            Enumerable.Range(0, 4).SelectMany(i => Courier("Nombre de la persona asistente", 57, 700 - (i * 12))).ToList())));
    }

    /// <summary>Words of a 10 pt monospaced font: every character, space included, 6 pt wide.</summary>
    private static IEnumerable<PdfWord> Courier(string text, double left, double baseline)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || text[i] == ' ';
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                yield return new PdfWord(text[start..i], new BoundingBox(left + (start * 6), baseline - 2, left + (i * 6), baseline + 7), baseline, Size, false);
                start = -1;
            }
        }
    }
}
