using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>Footnote reference marks set small and raised beside the text; notes at the foot of a page, and a page of endnotes.</summary>
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

    [Fact]
    public void A_page_of_endnotes_set_smaller_than_the_text_before_it_is_read_as_notes_from_the_top()
    {
        // The last page: 9 pt notes from the top, each opened by a 5 pt lower-roman mark raised beside its first line; the
        // acta's text before this page was set in 12 pt, the page footer too.
        var words = EndnotePage();
        words.AddRange(Words("Página 5", 280, 40, size: 12));

        var (kept, notes) = new PdfFootnoteFilter().Split(words, textSize: 12, pageHeight: 792);

        Assert.Equal(
            ["i Meta 31.2. Informe del Instituto de la Juventud: se otorgaron 420 becas a estudiantes de bachillerato de Milpa Alta.",
             "ii Meta 31.3. Sin informe."],
            notes.Select(n => string.Join(' ', n.Select(w => w.Text))));
        Assert.Equal(["Página", "5"], kept.Select(w => w.Text));
    }

    [Fact]
    public void Smaller_lines_opened_by_marks_with_text_of_the_body_size_under_them_stay_text()
    {
        var words = EndnotePage();
        words.AddRange(Words("La sesión concluyó a las 13:00 horas y firmaron quienes en ella intervinieron.", 57, 600, size: 12));

        var (kept, notes) = new PdfFootnoteFilter().Split(words, textSize: 12, pageHeight: 792);

        Assert.Empty(notes);
        Assert.Contains(kept, w => w.Text == "Juventud:");
    }

    /// <summary>Two 9 pt endnotes at the top of a page, each a 5 pt roman mark raised beside its first word, a space between.</summary>
    private static List<PdfWord> EndnotePage()
    {
        var words = new List<PdfWord> { new("i", new BoundingBox(57, 742, 58.2, 747), 742, 5, false) };
        words.AddRange(Words("Meta 31.2. Informe del Instituto de la Juventud: se otorgaron 420 becas a estudiantes", 61.6, 738, size: 9));
        words.AddRange(Words("de bachillerato de Milpa Alta.", 57, 727, size: 9));
        words.Add(new PdfWord("ii", new BoundingBox(57, 719, 59.4, 724), 719, 5, false));
        words.AddRange(Words("Meta 31.3. Sin informe.", 61.6, 715, size: 9));
        return words;
    }

    /// <summary>A 6 pt digit raised 4 pt, touching the word before it.</summary>
    private static PdfWord Mark(string text, double left, double baseline) =>
        new(text, new BoundingBox(left + 0.2, baseline - 1, left + 3.5, baseline + 4), baseline, 6, false);
}
