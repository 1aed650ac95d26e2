using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Attendance as a grid of name cards that a web page saved as Word leaves behind: a card per paragraph whose lines are the
/// name, "post · body" in small print and a sector tag; or, one paragraph a line, an avatar's initials over the name, the
/// body and the tag.
/// </summary>
public sealed class NameCardAttendanceTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("Minuta de la tercera sesión del Espacio de Participación del Derecho al Agua", ParagraphRole.Heading),
        P("Fecha: 9 de agosto de 2023"),
    ];

    private static readonly LayoutBlock[] Closing =
    [
        P("ACUERDOS", ParagraphRole.Heading),
        P("SACMEX enviará el calendario de tandeo."),
    ];

    private static Paragraph Card(params string[] lines) => new(string.Join(' ', lines), ParagraphRole.Body, At(), Lines: lines);

    [Fact]
    public void A_card_paragraph_is_a_name_then_post_and_body_then_a_tag_of_its_own()
    {
        var acta = Extract([.. Opening,
            P("Personas asistentes", ParagraphRole.Heading),
            Card("Ing. Rodrigo Salinas Peña", "Subdirector de Redes · Sistema de Aguas de la Ciudad de México", "Gobierno CDMX"),
            Card("Mtra. Lucía Fierro Ocampo", "Investigadora · Universidad Nacional Autónoma de México", "Academia"),
            Card("C. Bertha Olvera Zúñiga", "Vocera · Colectivo Agua para Todos, A.C.", "Organizaciones civiles"),
            .. Closing]);

        Assert.Equal(["Rodrigo Salinas Peña", "Lucía Fierro Ocampo", "Bertha Olvera Zúñiga"], acta.Attendance.Select(a => PersonNamesTitle(a.Name)));
        Assert.Equal(["Sistema de Aguas de la Ciudad de México", "Universidad Nacional Autónoma de México", "Colectivo Agua para Todos, A.C."],
            acta.Attendance.Select(a => a.Institution));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.Otro, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }

    [Fact]
    public void Initials_over_a_name_open_a_card_whose_tag_is_no_heading_for_the_next()
    {
        var acta = Extract([.. Opening,
            P("¿Quiénes están presentes?", ParagraphRole.Heading),
            P("RS"), P("Rodrigo Salinas Peña"), P("Sistema de Aguas de la Ciudad de México"), P("Gobierno CDMX"),
            P("BO"), P("Bertha Olvera Zúñiga"), P("Colectivo Agua para Todos, A.C."), P("Organizaciones civiles"),
            P("LF"), P("Lucía Fierro Ocampo"), P("Universidad Nacional Autónoma de México"), P("Academia"),
            P("GT"), P("Gerardo Tapia Luna"), P("Centro de Estudios del Agua del Valle"), P("Academia / Organismos autónomos"),
            .. Closing]);

        Assert.Equal(["Rodrigo Salinas Peña", "Bertha Olvera Zúñiga", "Lucía Fierro Ocampo", "Gerardo Tapia Luna"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["Sistema de Aguas de la Ciudad de México", "Colectivo Agua para Todos, A.C.", "Universidad Nacional Autónoma de México",
            "Centro de Estudios del Agua del Valle"], acta.Attendance.Select(a => a.Institution));
        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.Otro, Sector.Otro], acta.Attendance.Select(a => a.Sector));
    }

    private static string PersonNamesTitle(string name) => Pipeline.Extraction.PersonNames.WithoutTitle(name);
}
