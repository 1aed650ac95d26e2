using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Footnote reference marks set small and raised beside the text.</summary>
public sealed class PdfFootnoteFilterTests
{
    [Fact]
    public void A_mark_after_a_number_is_dropped_so_the_line_stays_whole()
    {
        var words = Words("Sede: Torre norte, piso 4", 57, 700);
        var end = words[^1].Box.Right;
        words.Add(Mark("3", end, 704));
        words.AddRange(Words("Av. del Parque, sala 2", 57, 688));

        var kept = new PdfFootnoteFilter().Filter(words);

        Assert.DoesNotContain(kept, w => w.Text == "3");
        Assert.Contains(kept, w => w.Text == "4");
        Assert.Equal(2, new LineGrouper().Group(kept).Count);
    }

    [Fact]
    public void A_number_beside_a_number_of_the_same_size_is_text()
    {
        var words = Words("Cuadro 4", 57, 700);
        words.Add(new PdfWord("5", new BoundingBox(words[^1].Box.Right + 1, 698, words[^1].Box.Right + 6, 707), 700, Size, false));

        Assert.Equal(words.Count, new PdfFootnoteFilter().Filter(words).Count);
    }

    [Fact]
    public void A_note_whose_mark_stands_a_space_before_it_is_read_apart_and_the_page_footer_stays()
    {
        // 12 pt text with its mark; at the foot an 8 pt note opened by a 4.6 pt mark a space (2.5 pt) before its first word.
        var words = Words("los informes que se transcriben al pie de la presente acta y de los que se dio cuenta", 57, 700, size: 12);
        words.Add(new PdfWord("1", new BoundingBox(words[^1].Box.Right, 703, words[^1].Box.Right + 2.3, 706), 703, 4.6, false));
        words.AddRange(Words("La sesión continuó con los asuntos generales que se enlistan en el orden del día aprobado", 57, 686, size: 12));
        words.Add(new PdfWord("1", new BoundingBox(57, 128.7, 59.3, 131.7), 128.7, 4.6, false));
        words.AddRange(Words("Informe de la Secretaría de Salud, meta 318.1: se realizaron 48,312 pruebas", 61.8, 125.6, size: 8));
        words.AddRange(Words("en 214 centros de salud.", 57, 116.4, size: 8));
        words.AddRange(Words("Página 2 de 3", 280, 35, size: 8));

        var (kept, notes) = new PdfFootnoteFilter().Split(words);

        Assert.Equal("1 Informe de la Secretaría de Salud, meta 318.1: se realizaron 48,312 pruebas en 214 centros de salud.", string.Join(' ', Assert.Single(notes).Select(w => w.Text)));
        Assert.DoesNotContain(kept, w => w.Text is "1" or "Informe" or "centros");
        Assert.Contains(kept, w => w.Text == "Página");
    }

    [Fact]
    public void A_note_whose_mark_stands_a_space_before_it_leaves_the_text()
    {
        var words = Words("los informes que se transcriben al pie de la presente acta y de los que se dio cuenta", 57, 700, size: 12);
        words.AddRange(Words("La sesión continuó con los asuntos generales que se enlistan en el orden del día aprobado", 57, 686, size: 12));
        words.Add(new PdfWord("1", new BoundingBox(57, 128.7, 59.3, 131.7), 128.7, 4.6, false));
        words.AddRange(Words("Informe de la Secretaría de Salud, meta 318.1: se realizaron 48,312 pruebas", 61.8, 125.6, size: 8));

        var kept = new PdfFootnoteFilter().Filter(words);

        Assert.DoesNotContain(kept, w => w.Text is "1" or "Informe" or "pruebas");
    }

    [Fact]
    public void A_note_at_the_foot_of_one_text_column_stays_with_its_column_when_the_other_column_runs_on_beside_it()
    {
        // The last page in two columns: the left column's item runs on past the right column's signature and the note
        // under it (a 4.6 pt mark a space before 8 pt text), so the "note" is no page-foot note.
        var words = Words("3. Se cita a la Cuarta Reunión, que", 63, 735, size: 11);
        words.AddRange(Words("será el martes nueve de julio a las once", 79, 724, size: 11));
        words.AddRange(Words("horas, en la sala de juntas.", 79, 713, size: 11));
        words.AddRange(Words("Se levanta la sesión a las catorce horas,", 63, 683.5, size: 11));
        words.AddRange(Words("firmando al margen quien preside.", 63, 672, size: 11));
        words.AddRange(Words("Rosa Elvira Quintero Lima", 350, 724, size: 11));
        words.AddRange(Words("Presidenta de la Mesa de Trabajo", 330, 713, size: 11));
        words.Add(new PdfWord("2", new BoundingBox(318, 690.6, 321.7, 698), 694, 4.6, false));
        words.AddRange(Words("Datos con corte al 31 de mayo de 2020.", 323.6, 688.5, size: 8));

        var (kept, notes) = new PdfFootnoteFilter().Split(words);

        Assert.Empty(notes);
        Assert.Contains(kept, w => w.Text == "Datos");
        Assert.Contains(kept, w => w.Text == "firmando");
    }

    [Fact]
    public void A_page_number_of_the_body_size_right_of_and_under_a_page_foot_note_leaves_it_a_note()
    {
        var words = Words("los semáforos se explican al pie de esta página y se asignaron por meta", 57, 700, size: 12);
        words.AddRange(Words("La instancia entregó su informe completo antes de la sesión", 57, 686, size: 12));
        words.Add(new PdfWord("1", new BoundingBox(57, 128.7, 59.3, 131.7), 128.7, 4.6, false));
        words.AddRange(Words("Verde: reportó avances que corresponden al indicador.", 61.8, 125.6, size: 8));
        words.AddRange(Words("Página 1", 520, 100, size: 12));

        var (kept, notes) = new PdfFootnoteFilter().Split(words);

        Assert.Single(notes);
        Assert.Contains(kept, w => w.Text == "Página");
        Assert.DoesNotContain(kept, w => w.Text == "Verde:");
    }

    /// <summary>A 6 pt digit raised 4 pt, touching the word before it.</summary>
    private static PdfWord Mark(string text, double left, double baseline) =>
        new(text, new BoundingBox(left + 0.2, baseline - 1, left + 3.5, baseline + 4), baseline, 6, false);
}
