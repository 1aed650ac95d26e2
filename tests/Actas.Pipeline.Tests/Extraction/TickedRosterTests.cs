using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The Espacio's printed roster ticked at the meeting: a box for whether each member attended ("☐ Sí ☒ No": absent, no
/// attendee) and one box column per sector, the sector the ticked one names.
/// </summary>
public sealed class TickedRosterTests
{
    [Fact]
    public void A_roster_member_ticked_absent_is_no_attendee_and_the_ticked_column_gives_the_sector()
    {
        var acta = Extract(
            P("Reunión 4 del Espacio de Participación, 10/05/2021"),
            P("Asistencia", ParagraphRole.Heading),
            T(["Integrante", "Organización", "Presente", "GOB", "OSC", "SE"],
              ["Mtro. Ramiro Alcántar Vega", "Sistema de Aguas de la Ciudad de México", "☑ Sí ☐ No", "☑", "☐", "☐"],
              ["C. Yolanda Fierro Campos", "Vecinos Unidos por el Agua", "☑ Sí ☐ No", "☐", "☑", "☐"],
              ["Ing. Bruno Téllez Arana", "Secretaría de Obras y Servicios", "☐ Sí ☑ No", "☑", "☐", "☐"],
              ["Lic. Irene Dávila Soto", "Secretaría Ejecutiva", "☑ Sí ☐ No", "☐", "☐", "☑"]),
            P("GOB: instancia ejecutora; OSC: organización de la sociedad civil; SE: Secretaría Ejecutiva."),
            P("Acuerdos", ParagraphRole.Heading),
            P("El Sistema de Aguas enviará el padrón de colonias."));

        Assert.Equal(
            [("Ramiro Alcántar Vega", Sector.InstanciaEjecutora), ("Yolanda Fierro Campos", Sector.SociedadCivil), ("Irene Dávila Soto", Sector.SecretariaEjecutiva)],
            acta.Attendance.Select(a => (PersonNames.WithoutTitle(a.Name), a.Sector)));
    }
}
