using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A sports or hobby club ("Club Deportivo Los Halcones de Tláhuac") is a body, no person: the line under a name is its institution.</summary>
public sealed class ClubBodyLineTests
{
    [Fact]
    public void A_club_is_no_person() => Assert.False(PersonNames.LooksLikePerson("Club Deportivo Los Halcones de Tláhuac"));

    [Fact]
    public void A_club_under_a_name_in_a_stacked_cell_is_the_persons_institution()
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL DEPORTE", ParagraphRole.Heading),
            P("Fecha: martes 9 de agosto de 2016"),
            P("ASISTENCIA", ParagraphRole.Heading),
            T(["Instancias ejecutoras", "Sociedad civil"],
              ["Lic. Marcela Ochoa Prieto\nInstituto del Deporte del Distrito Federal",
               "C. Arturo Lemus Zavala\nClub Deportivo Los Halcones de Tláhuac\nC. Silvia Navarrete Ruiz\nAsociación Vecinal de Frontón"]),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El Instituto enviará el calendario de torneos."));

        var arturo = Assert.Single(acta.Attendance, a => a.Name.Contains("Arturo", StringComparison.Ordinal));
        Assert.Equal("Club Deportivo Los Halcones de Tláhuac", arturo.Institution);
        Assert.Equal(3, acta.Attendance.Count);
    }
}
