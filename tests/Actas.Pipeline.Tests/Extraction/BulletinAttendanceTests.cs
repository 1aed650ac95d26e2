using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A bulletin's box of those present, printed from a two-column page (blind batch N, N3 PDFs): a question for a heading,
/// names over their bodies under sector sub-headings, and the column beside it running on into the remarks.
/// </summary>
public sealed class BulletinAttendanceTests
{
    private static Acta Bulletin() => ExtractPdf(
        P("Crónica de la 4ª sesión ordinaria", ParagraphRole.Heading),
        P("El martes 3 de mayo de 2022 nos reunimos en la sala de cabildos para la 4ª sesión ordinaria del Espacio de Participación."),
        P("¿Quiénes vinieron?", ParagraphRole.Heading),
        P("GOBIERNO DE LA CIUDAD DE MÉXICO", ParagraphRole.Heading),
        P("Mtro. Rogelio Anaya Vértiz"),
        P("Secretaría de Obras y Servicios"),
        P("DEPENDENCIAS FEDERALES", ParagraphRole.Heading),
        P("Lic. Celia Montaño Duarte"),
        P("ISSSTE – Delegación Sur"),
        P("Comentarios de la Secretaría Ejecutiva", ParagraphRole.Heading),
        P("“Falta desagregar por alcaldía las obras terminadas este trimestre.”"),
        P("— Secretaría Ejecutiva, sobre la meta 318.2"),
        P("Estrategia 318"),
        P("Meta 318.2 Rehabilitar banquetas"),
        P("Informe: Se rehabilitaron 12 kilómetros de banquetas."));

    [Fact]
    public void A_question_heading_over_the_list_opens_the_attendance()
    {
        var names = Bulletin().Attendance.Select(a => a.Name).ToList();

        Assert.Contains(names, n => n.Contains("Rogelio Anaya Vértiz", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("Celia Montaño Duarte", StringComparison.Ordinal));
    }

    [Fact]
    public void A_remark_label_standing_alone_ends_the_list_of_those_present()
    {
        var attendance = Bulletin().Attendance;

        Assert.Equal(2, attendance.Count);
        Assert.DoesNotContain(attendance, a => (a.Institution ?? "").Contains("alcaldía", StringComparison.Ordinal));
    }

    [Fact]
    public void Federal_bodies_under_their_own_heading_are_no_executing_bodies()
    {
        var federal = Assert.Single(Bulletin().Attendance, a => a.Name.Contains("Celia", StringComparison.Ordinal));

        Assert.Equal(Sector.Otro, federal.Sector);
    }
}
