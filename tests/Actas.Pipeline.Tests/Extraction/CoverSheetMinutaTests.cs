using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A minuta with a cover sheet whose Espacio line breaks after "del", attendance only as a group photo's caption, and each
/// report in a one-cell box headed by its label.
/// </summary>
public sealed class CoverSheetMinutaTests
{
    private static readonly LayoutBlock[] Minuta =
    [
        P("MINUTA"),
        P("Tercera Sesión Ordinaria"),
        P("Espacio de Participación del"),
        P("Derecho a la Cultura de las Personas Mayores"),
        P("Ciudad de México, a 5 de junio de 2019"),
        P("I. Asistencia", ParagraphRole.Heading),
        P("Fotografía 1. Integrantes del Espacio. De izquierda a derecha: Lic. Ana Ruiz Pardo (Secretaría de Cultura de la Ciudad de México); C. Tomás Vela Ibarra (Colectivo Voces Mayores, A.C.)."),
        P("II. Desarrollo de la sesión", ParagraphRole.Heading),
        P("Estrategia 540 · Acercar la cultura a las personas mayores"),
        P("Meta 540.1 — Abrir talleres de lectura"),
        T(["INFORME DE LA INSTANCIA\nSe abrieron 12 talleres en cuatro alcaldías."]),
        P("Meta 540.2 — Editar libros en letra grande"),
        T(["INFORME DE LA INSTANCIA\nNo se recibió informe. La Secretaría no lo entregó."]),
        P("III. Acuerdos", ParagraphRole.Heading),
        P("La Secretaría de Cultura enviará el calendario de talleres."),
    ];

    [Fact]
    public void The_espacio_line_broken_after_del_names_the_body()
    {
        Assert.Equal("Derecho a la Cultura de las Personas Mayores", Extract(Minuta).Session.Body);
    }

    [Fact]
    public void The_photo_caption_lists_the_attendance()
    {
        var attendance = Extract(Minuta).Attendance;

        Assert.Equal(["Lic. Ana Ruiz Pardo", "C. Tomás Vela Ibarra"], attendance.Select(a => a.Name));
        Assert.Equal("Colectivo Voces Mayores, A.C.", attendance[1].Institution);
    }

    [Fact]
    public void A_box_headed_by_the_report_label_is_the_goals_report()
    {
        var goals = Assert.Single(Extract(Minuta).Strategies).Goals;

        Assert.Equal("Se abrieron 12 talleres en cuatro alcaldías.", goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, goals[1].ReportStatus);
    }

    [Fact]
    public void A_name_wrapped_after_a_conjunction_goes_on_to_the_third_line()
    {
        var acta = Extract(
            P("MINUTA"),
            P("Cuarta Sesión Ordinaria"),
            P("Espacio de Participación del"),
            P("Derecho a la Vivienda de las Familias Indígenas y"),
            P("Afrodescendientes en la Ciudad"),
            P("Ciudad de México, a 2 de julio de 2020"),
            P("I. Asistencia", ParagraphRole.Heading),
            P("De izquierda a derecha: Lic. Ana Ruiz Pardo (Instituto de Vivienda de la Ciudad de México)."),
            P("II. Acuerdos", ParagraphRole.Heading),
            P("El Instituto enviará su padrón."));

        Assert.Equal("Derecho a la Vivienda de las Familias Indígenas y Afrodescendientes en la Ciudad", acta.Session.Body);
    }
}
