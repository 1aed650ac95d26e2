using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Session data written as a definition list (a memoria converted from Markdown, blind batch Q, Q5): each term on a line
/// of its own over its value, or, printed to PDF, term and value run into one line with no colon.
/// </summary>
public sealed class DefinitionListHeaderTests
{
    private static readonly LayoutBlock[] Rest =
    [
        P("2. Participantes", ParagraphRole.Heading),
        T(["Nombre", "Institución"], ["Lic. Ramiro Fuentes Olvera", "Secretaría de Cultura"]),
        P("4. Acuerdos", ParagraphRole.Heading),
        P("1. La Secretaría de Cultura enviará su informe trimestral."),
    ];

    [Fact]
    public void A_term_over_its_value_gives_the_place()
    {
        var acta = Extract([
            P("Memoria de la reunión", ParagraphRole.Heading),
            P("Cuarta Sesión Ordinaria del Espacio de Participación de los Derechos Culturales", ParagraphRole.Heading),
            P("Fecha", ParagraphRole.Heading),
            P("martes 3 de junio de 2021"),
            P("Lugar", ParagraphRole.Heading),
            P("Foro Cultural Coyoacanense, avenida Hidalgo 28, colonia Del Carmen"),
            .. Rest]);

        Assert.Equal("2021-06-03", acta.Session.Date);
        Assert.Equal("Foro Cultural Coyoacanense, avenida Hidalgo 28, colonia Del Carmen", acta.Session.Place);
    }

    [Fact]
    public void Terms_run_into_their_values_without_colons_give_the_place()
    {
        var acta = ExtractPdf([
            P("Memoria de la reunión", ParagraphRole.Heading),
            P("Cuarta Sesión Ordinaria del Espacio de Participación de los Derechos Culturales", ParagraphRole.Heading),
            P("Fecha martes 3 de junio de 2021"),
            P("Horario de 16:30 a 18:00 horas"),
            P("Lugar Foro Cultural Coyoacanense, avenida Hidalgo 28, colonia Del Carmen"),
            .. Rest]);

        Assert.Equal("2021-06-03", acta.Session.Date);
        Assert.Equal("Foro Cultural Coyoacanense, avenida Hidalgo 28, colonia Del Carmen", acta.Session.Place);
    }

    [Fact]
    public void In_a_run_of_terms_a_value_in_lower_case_is_still_the_value()
    {
        // A typeset description list: bold terms, values that start with a lower-case word.
        var acta = ExtractPdf([
            P("Memoria de la reunión", ParagraphRole.Heading),
            P("Cuarta Sesión Ordinaria del Espacio de Participación de los Derechos Culturales", ParagraphRole.Heading),
            P("Fecha jueves 3 de junio de 2021."),
            P("Horario de 16:30 a 18:00 horas."),
            P("Modalidad reunión virtual mediante la plataforma institucional."),
            .. Rest]);

        Assert.Equal(("2021-06-03", "16:30"), (acta.Session.Date, acta.Session.StartTime));
        Assert.Equal("reunión virtual mediante la plataforma institucional", acta.Session.Place);
    }
}
