using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// A fixed-width text typed with spaces and broken by hand at the wrap column, one line per paragraph: a wrapped sentence is
/// one paragraph again; items, labels, headings, table rows and short lines stay apart.
/// </summary>
public sealed class HardWrappedLinesTests
{
    private static readonly string?[] Memo =
    [
        "Buenas tardes a todas las personas del grupo de trabajo: adjunto la minuta de",
        "la reunión celebrada ayer en la alcaldía. Cualquier observación, por favor",
        "respondan a este correo.",
        null,
        "MINUTA DE LA CUARTA REUNION DE TRABAJO",
        null,
        "Dia ...........: jueves 9 de junio de 2016",
        "Sede ..........: Auditorio del Museo del Estanquillo, calle Isabel la",
        "                 Catolica 26, colonia Centro",
        null,
        "NOMBRE                 ORGANIZACION                         SECTOR",
        "Rosa Ibarra Pino       Colectivo Huellas, A.C.              OSC",
        "Tomas Gil Vera         Alcaldia Tlahuac                     IE",
        null,
        "ACUERDOS",
        "  a) La Alcaldía Tláhuac entregará el padrón de personas beneficiarias a",
        "     Colectivo Huellas antes de la próxima reunión de trabajo del grupo.",
        "  b) Se revisará el calendario.",
        "   -  (Rosa Ibarra Pino; meta 512.1) Las brigadas de salud no llegan a los",
        "      pueblos del sur de la alcaldía desde hace dos meses.",
        null,
        "Saludos cordiales",
        "Tomas Gil Vera",
    ];

    [Fact]
    public void Wrapped_lines_join_and_items_stay_apart()
    {
        var first = HardWrappedLines.Paragraphs(Memo);

        Assert.NotNull(first);
        Assert.Equal([0, 0, 0], first[0..3]);             // prose: the next line opens in lower case
        Assert.Equal(4, first[4]);                         // a heading in capitals
        Assert.Equal([6, 7, 7], first[6..9]);             // a label's value under its hanging indent
        Assert.Equal([10, 11, 12], first[10..13]);        // table rows
        Assert.Equal([15, 15, 17], first[15..18]);        // an item's second line under its text; the next item apart
        Assert.Equal([18, 18], first[18..20]);            // a dash item that goes on in lower case
        Assert.Equal([21, 22], first[21..23]);            // short lines: nothing was wrapped
    }

    [Fact]
    public void Paragraphs_of_a_word_processor_are_no_fixed_width_text()
    {
        var paragraphs = Enumerable.Range(0, 20)
            .Select(i => (string?)$"La sesión número {i} revisó los informes de las instancias ejecutoras y acordó pedir a la Secretaría de Salud los datos de las jornadas de vacunación en las escuelas.")
            .ToList();

        Assert.Null(HardWrappedLines.Paragraphs(paragraphs));
    }
}
