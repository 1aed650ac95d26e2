using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The Espacio's name as a subtitle of its own under the acta's title or a kicker, with no "Espacio de Participación" before it
/// (a Mac's title/subtitle styles, a web app's export): a line that opens with the rights the Espacio is named for.
/// </summary>
public sealed class BodyRightsLineTests
{
    [Fact]
    public void A_rights_line_under_the_title_names_the_body()
    {
        var acta = Extract(
            P("MECANISMO DE SEGUIMIENTO · ESPACIOS", ParagraphRole.Heading),
            P("Acta de la quinta sesión ordinaria", ParagraphRole.Heading),
            P("Derecho a la Vivienda: Inquilinas e Inquilinos del Centro Histórico"),
            P("Fecha: 9 de julio de 2021"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Equal("Derecho a la Vivienda: Inquilinas e Inquilinos del Centro Histórico", acta.Session.Body);
    }

    [Fact]
    public void A_rights_line_under_an_Espacios_kicker_names_the_body()
    {
        var acta = Extract(
            P("Plataforma · Espacios de Participación"),
            P("Derechos Ambientales y a la Salud: Pepenadores del Bordo"),
            P("Tercera Sesión Ordinaria", ParagraphRole.Heading),
            P("Fecha: 9 de julio de 2021"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Equal("Derechos Ambientales y a la Salud: Pepenadores del Bordo", acta.Session.Body);
    }

    [Fact]
    public void A_sentence_about_rights_is_no_body()
    {
        var acta = Extract(
            P("Acta de la quinta sesión ordinaria", ParagraphRole.Heading),
            P("Derechos y obligaciones de las personas integrantes se leyeron al inicio."),
            P("Fecha: 9 de julio de 2021"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la relatoría a las personas integrantes."));

        Assert.Null(acta.Session.Body);
    }
}
