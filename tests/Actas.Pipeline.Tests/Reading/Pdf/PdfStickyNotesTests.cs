using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Sticky notes (a Word comment exported by LibreOffice as a PDF text annotation) become notes of the cell they point into.</summary>
public sealed class PdfStickyNotesTests
{
    private static Table Goals() => new(
        [
            new TableRow([new TableCell(0, 1, ["Meta"], Box: new BoundingBox(57, 600, 200, 620)), new TableCell(1, 1, ["Informe"], Box: new BoundingBox(200, 600, 540, 620))]),
            new TableRow([new TableCell(0, 1, ["410.1"], Box: new BoundingBox(57, 500, 200, 600)), new TableCell(1, 1, ["Se atendió a 300 personas."], Box: new BoundingBox(200, 500, 540, 600))]),
        ],
        2, true, new SourceLocation(1, 0, Box: new BoundingBox(57, 500, 540, 620)));

    [Fact]
    public void A_note_anchored_in_a_cell_is_a_note_of_that_cell_only()
    {
        var note = new CellNote("Elena Sosa (SE) – Retroalimentación", "Falta desagregar por sexo.");

        var table = PdfStickyNotes.Anchor(Goals(), [new PdfStickyNote(note, 420, 560), new PdfStickyNote(new CellNote("Relatoría", "Fuera"), 420, 700)]);

        Assert.Equal([note], table.Rows[1].Cells[1].Notes!);
        Assert.All(table.Rows.SelectMany(r => r.Cells).Where(c => c != table.Rows[1].Cells[1]), c => Assert.Null(c.Notes));
    }

    [Theory]
    [InlineData("Elena Sosa (SE) – Retroalimentación, 24/08/23, ", "Elena Sosa (SE) – Retroalimentación")]
    [InlineData("Elena Sosa (SE) – Observación, 3/9/2023, 10:15 ", "Elena Sosa (SE) – Observación")]
    [InlineData("Relatoría SE", "Relatoría SE")]
    public void The_date_written_after_the_author_is_no_part_of_it(string title, string author) =>
        Assert.Equal(author, PdfStickyNotes.Author(title));
}
