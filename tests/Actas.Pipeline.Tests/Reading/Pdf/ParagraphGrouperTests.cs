using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class ParagraphGrouperTests
{
    [Fact]
    public void Vertical_gap_separates_paragraphs()
    {
        var lines = new[]
        {
            Line("Retoma la sesión anterior y comenta", 57, 700),
            Line("respecto a las actividades pendientes.", 57, 687),
            Line("2.- Rocío-SEDESO: Comenta que por el mes", 57, 667),
        };

        var paragraphs = new ParagraphGrouper().Group(lines);

        Assert.Equal([2, 1], paragraphs.Select(p => p.Count));
    }

    [Fact]
    public void Label_value_line_is_its_own_paragraph_and_wrapped_value_continues_it()
    {
        var lugar = Line("Lugar: Instalaciones", 59, 653);
        var lugarWithTab = new LineGrouper().Group(Words("Lugar:", 59, 653, bold: true).Concat(Words("Instalaciones de la SE", 212, 653))).Single();
        var wrapped = Line("Delegación Cuauhtémoc.", 212, 641.5);
        var fecha = new LineGrouper().Group(Words("Fecha:", 59, 629, bold: true).Concat(Words("Martes 11", 212, 629))).Single();

        var paragraphs = new ParagraphGrouper().Group([lugarWithTab, wrapped, fecha]);

        Assert.False(lugar.HasTab);
        Assert.Equal([2, 1], paragraphs.Select(p => p.Count));
    }

    [Fact]
    public void Bold_line_after_body_starts_a_paragraph()
    {
        var paragraphs = new ParagraphGrouper().Group([Line("con la asistencia de las siguientes personas:", 57, 700), Line("Instancias Ejecutoras", 57, 688, bold: true)]);

        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Bold_lead_in_wrapped_onto_the_next_line_stays_in_its_paragraph()
    {
        // The bold run "Por las organizaciones … sociedad civil:" wraps; plain text follows it on the second line.
        var second = new LineGrouper().Group(
            [.. Words("civil:", 57, 688, bold: true), .. Words("Luis Enrique Hernández (El Caracol, A.C.).", 90, 688)]).Single();
        var lines = new[] { Line("Por las organizaciones y los colectivos de la sociedad", 57, 700, bold: true), second };

        Assert.Single(new ParagraphGrouper().Group(lines));
    }

    [Fact]
    public void Bold_line_over_a_plain_line_still_starts_a_paragraph()
    {
        var lines = new[] { Line("Por las organizaciones y los colectivos de la sociedad", 57, 700, bold: true), Line("Sociedad civil organizada de la Ciudad de México", 57, 688) };

        Assert.Equal(2, new ParagraphGrouper().Group(lines).Count);
    }

    [Fact]
    public void Entry_that_ends_with_a_closing_parenthesis_short_of_the_margin_ends_its_paragraph()
    {
        // "(STyFE)" closes the entry: the next name would have fitted after it with a space to spare.
        var lines = new[]
        {
            Line("Rodrigo Esquivel Paniagua (STyFE)", 71, 540),
            Line("Mtra. Silvia Ocampo Betancourt (DIF Ciudad", 71, 526.3),
            Line("de México)", 71, 512.6),
        };

        var paragraphs = new ParagraphGrouper().Group(lines);

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(2, paragraphs[1].Count);
    }

    [Fact]
    public void Hanging_list_item_lines_stay_together()
    {
        var lines = new[]
        {
            Line("1. La coordinación del espacio hace", 78, 486),
            Line("extensiva la invitación que realiza", 92, 474.5),
            Line("SEDESA a quienes integran el Espacio.", 92, 463),
        };

        Assert.Single(new ParagraphGrouper().Group(lines));
    }

    [Fact]
    public void Line_that_stops_short_of_the_margin_ends_its_paragraph_even_without_spacing()
    {
        var lines = new[]
        {
            Line("PGJ enviará a la Secretaría Ejecutiva la información estadística", 57, 700),
            Line("solicitada sobre la estrategia 520.", 57, 687),
            Line("No habiendo más asuntos que tratar se cierra la sesión.", 57, 674),
        };

        var paragraphs = new ParagraphGrouper().Group(lines);

        Assert.Equal([2, 1], paragraphs.Select(p => p.Count));
    }

    [Fact]
    public void Line_that_wrapped_because_the_next_word_did_not_fit_continues_its_paragraph()
    {
        var lines = new[]
        {
            Line("Es necesario que se reporten datos duros del", 57, 700),
            Line("interinstitucional grupo de trabajo que mandata la meta.", 57, 687),
        };

        Assert.Single(new ParagraphGrouper().Group(lines));
    }

    [Fact]
    public void Centred_signature_under_a_full_line_starts_its_own_paragraph()
    {
        var lines = new[]
        {
            Line("3.- Se retomará la estrategia 524 en una sesión posterior, con la información.", 57, 700),
            Line("Angélica Olivares Ocaranza", 186, 687),
        };

        Assert.Equal(2, new ParagraphGrouper().Group(lines).Count);
    }

    [Fact]
    public void Centred_title_wrapped_onto_a_short_centred_line_stays_one_paragraph()
    {
        // The body line sets the column (57–344, centre 200.5); the title fills it but for 28 pt, too little for "RUEDAS".
        var lines = new[]
        {
            Line("DERECHOS DE LAS PERSONAS QUE TRABAJAN EN MERCADOS SOBRE", 71, 700, bold: true),
            Line("RUEDAS", 185.5, 688, bold: true),
            Line("Se reunieron las personas integrantes del Espacio en la sala.", 57, 660),
        };

        Assert.Equal([2, 1], new ParagraphGrouper().Group(lines).Select(p => p.Count));
    }

    [Fact]
    public void Short_centred_heading_over_a_centred_line_stays_apart()
    {
        // "COMISIÓN DE SEGUIMIENTO" leaves 176 pt of the column free: the line under it was set there by choice.
        var lines = new[]
        {
            Line("COMISIÓN DE SEGUIMIENTO", 145, 700, bold: true),
            Line("MERCADOS", 180.5, 688, bold: true),
            Line("Se reunieron las personas integrantes del Espacio en la sala.", 57, 660),
        };

        Assert.Equal([1, 1, 1], new ParagraphGrouper().Group(lines).Select(p => p.Count));
    }

    [Theory]
    [InlineData(10.5, 11.5, 15.5)] // 10.5 pt lines 11.5 pt apart, 4 pt of space after each paragraph
    [InlineData(10, 12.2, 14.2)] // 10 pt lines 12.2 pt apart, 2 pt after
    public void Small_space_after_a_paragraph_separates_label_lines_when_it_stands_clear_of_the_line_step(double size, double step, double paragraphStep)
    {
        var y = 700.0;
        var lines = new List<Actas.Pipeline.Reading.Pdf.PdfLine> { Line("Meta 401.1 Se brinda atención médica en brigadas a", 50, y, size: size) };
        lines.Add(Line("personas en situación de calle de las cuatro", 50, y -= step, size: size));
        lines.Add(Line("alcaldías del centro.", 50, y -= step, size: size));
        lines.Add(Line("Indicador: Número de atenciones médicas otorgadas", 50, y -= paragraphStep, size: size));
        lines.Add(Line("Instancia ejecutora: SEDESA", 50, y -= paragraphStep, size: size));
        lines.Add(Line("Informe: Se atendieron 1,254 personas en 38", 50, y -= paragraphStep, size: size));
        lines.Add(Line("brigadas, de las cuales 312 mujeres y 942", 50, y -= step, size: size));
        lines.Add(Line("hombres.", 50, y - step, size: size));

        var paragraphs = new ParagraphGrouper().Group(lines);

        Assert.Equal([3, 1, 1, 3], paragraphs.Select(p => p.Count));
    }
}
