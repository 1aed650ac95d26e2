using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>An attendance grid whose header row is ruled apart from its body, as a printed spreadsheet's frozen row is.</summary>
public sealed class RuledApartHeaderAttendanceTests
{
    [Fact]
    public void People_in_the_table_after_a_lone_header_row_are_attendees()
    {
        var acta = ExtractPdf(
            P("Reunión ordinaria 7 del Espacio, 02/03/2021"),
            T(["Nombre", "Institución", "Sector"]),
            T(["Rosa Vidal Ochoa", "Secretaría de Salud de la Ciudad de México", "Gobierno CDMX"],
              ["Tomás Ibarra Luna", "Colectivo Barrio Vivo", "Sociedad civil"]),
            P("ACUERDOS"),
            P("1. La Secretaría Ejecutiva circulará la minuta."));

        Assert.Equal(["Rosa Vidal Ochoa", "Tomás Ibarra Luna"], acta.Attendance.Select(a => a.Name));
    }
}
