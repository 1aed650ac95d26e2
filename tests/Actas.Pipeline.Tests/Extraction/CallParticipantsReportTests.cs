using Actas.Pipeline.Extraction;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A video call's participants report pasted as the attendance list: display names that hold the person and their body,
/// the call's role marks after them, a reconnection listed again, the coordinator's row among them.
/// </summary>
public sealed class CallParticipantsReportTests
{
    [Theory]
    [InlineData("Tomás Ibarra Luna - INJUVE", "Tomás Ibarra Luna", "INJUVE")]
    [InlineData("Lic. Rosa Vidal Ochoa (Secretaría de Cultura)", "Rosa Vidal Ochoa", "Secretaría de Cultura")]
    [InlineData("Irene Solís Paredes / Red Barrio Vivo", "Irene Solís Paredes", "Red Barrio Vivo")]
    [InlineData("Hugo Campos Rey – SE PDHCDMX (Host)", "Hugo Campos Rey", "SE PDHCDMX")]
    [InlineData("Nora Peña Gil (Organizadora) (Invitado)", "Nora Peña Gil", null)]
    public void A_display_name_splits_into_the_person_and_the_body(string display, string person, string? body)
    {
        Assert.Equal((person, body), CallParticipant.Read(display));
    }

    [Fact]
    public void The_participants_report_gives_each_person_once_with_their_body_and_without_the_coordinator()
    {
        var acta = Extract(
            P("Sesión ordinaria 5 del Espacio, 11/06/2020"),
            P("ASISTENCIA"),
            T(["Nombre (nombre original)", "Correo del usuario", "Duración (minutos)", "Invitado", "Sector"],
              ["Elena Fuentes Mora - Coordinación (Coanfitrión)", "efuentes@correo.mx", "120", "No", "Coordinación"],
              ["Tomás Ibarra Luna - INJUVE", "tibarra@correo.mx", "45", "No", "Instancia ejecutora"],
              ["Dra. Irene Solís Paredes / Red Barrio Vivo", "isolis@correo.mx", "80", "Sí", "Sociedad civil"],
              ["Irene Solís Paredes", "", "30", "Sí", "Sociedad civil"],
              ["Hugo Campos Rey (SEMUJERES)", "hcampos@correo.mx", "110", "No", "Instancia ejecutora"]),
            P("ACUERDOS"),
            P("1. La Secretaría Ejecutiva circulará la minuta."));

        Assert.Equal(["Tomás Ibarra Luna", "Irene Solís Paredes", "Hugo Campos Rey"], acta.Attendance.Select(a => a.Name));
        Assert.Equal(["INJUVE", "Red Barrio Vivo", "SEMUJERES"], acta.Attendance.Select(a => a.Institution));
    }
}
