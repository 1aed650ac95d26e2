using Actas.Pipeline.Reading.Pdf;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// The in-cell step a column of one-line names may use: names 15.5 pt apart beside institutions wrapped 11.5 pt apart are
/// one row each (the table's step), unless the names are in another size or stand on lines of their own.
/// </summary>
public sealed class ColumnLeadingTests
{
    private const double TableStep = 11.5;
    private const double NameStep = 15.5;

    private static PdfWord Word(string text, double x, double baseline, double size = 10) =>
        new(text, new BoundingBox(x, baseline, x + 40, baseline + size), baseline, size, false);

    /// <summary>Lines of two columns: names (column 0) and, on every name's line, an institution (column 1).</summary>
    private static List<List<List<PdfWord>>> Lines(double nameSize = 10, bool institutionOnEveryLine = true)
    {
        var lines = new List<List<List<PdfWord>>>();
        for (var i = 0; i < 3; i++)
        {
            var baseline = 700 - (i * NameStep);
            var institution = institutionOnEveryLine || i == 0 ? new List<PdfWord> { Word("Secretaría", 200, baseline) } : [];
            lines.Add([[Word("Nombre", 50, baseline, nameSize)], institution]);
        }

        return lines;
    }

    [Fact]
    public void One_line_names_a_row_apart_take_the_tables_step()
    {
        Assert.Equal(TableStep, ColumnLeading.Capped(NameStep, TableStep, Lines(), 0));
    }

    [Fact]
    public void Names_in_another_size_keep_their_own_step()
    {
        Assert.Equal(NameStep, ColumnLeading.Capped(NameStep, TableStep, Lines(nameSize: 13), 0));
    }

    [Fact]
    public void Names_on_lines_of_their_own_keep_their_own_step()
    {
        Assert.Equal(NameStep, ColumnLeading.Capped(NameStep, TableStep, Lines(institutionOnEveryLine: false), 0));
    }

    [Fact]
    public void A_step_only_a_little_wider_than_the_tables_is_still_leading()
    {
        Assert.Equal(12.6, ColumnLeading.Capped(12.6, 11.3, Lines(), 0));
    }
}
