using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Agreements grouped under numbered titles whose items carry the group's number ("II." ¶ "II.1 …"): the titles are no
/// agreements, and a title that names the next meeting opens no section of its own; a group numbered like another part of
/// the minutes ("4. Asuntos generales" ¶ "4.1 …") still ends the agreements.
/// </summary>
public sealed class OutlineGroupTitleTests
{
    [Fact]
    public void Group_titles_are_no_agreements_and_the_next_meeting_group_stays_in_the_list()
    {
        var acta = Extract(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación de Vivienda", ParagraphRole.Heading),
            P("Fecha: 3 de mayo de 2021"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("I. Tareas de las dependencias"),
            P("I.1 El INVI enviará el padrón de créditos antes del 30 de mayo de 2021."),
            P("I.2 La Alcaldía Tlalpan revisará los permisos de obra."),
            P("II. Siguiente reunión"),
            P("II.1 La tercera sesión ordinaria se realizará el 5 de julio de 2021 a las 11:00 horas."));

        Assert.Equal(
            ["El INVI enviará el padrón de créditos antes del 30 de mayo de 2021.", "La Alcaldía Tlalpan revisará los permisos de obra.",
             "La tercera sesión ordinaria se realizará el 5 de julio de 2021 a las 11:00 horas."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2021-07-05", acta.NextSession?.Date);
    }

    [Fact]
    public void A_numbered_section_after_the_agreements_still_ends_them()
    {
        var acta = Extract(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación de Vivienda", ParagraphRole.Heading),
            P("Fecha: 3 de mayo de 2021"),
            P("3. Acuerdos", ParagraphRole.Heading),
            P("3.1 El INVI enviará el padrón de créditos."),
            P("4. Asuntos generales"),
            P("4.1 Se comentó la situación de las familias del predio Doctores."));

        Assert.Equal(["El INVI enviará el padrón de créditos."], acta.Agreements.Select(a => a.Text));
    }
}
