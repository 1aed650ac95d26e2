using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A legal acta with no attendance heading: its opening sentence announces the list of those present below it.</summary>
public sealed class AttendanceLeadInTests
{
    [Fact]
    public void The_list_announced_by_the_opening_sentence_is_the_attendance()
    {
        var acta = Extract(
            P("ACTA DE LA II SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS JÓVENES", ParagraphRole.Heading),
            P("En la Ciudad de México, siendo las once horas del día ocho de marzo de dos mil dieciocho, reunidos en el auditorio del Instituto, se llevó a cabo la II Sesión Ordinaria, con la asistencia de las personas que se relacionan a continuación:"),
            P("Secretaría de Cultura de la Ciudad de México"),
            Item("•", "Lic. Marisol Quiroga Beltrán, Directora de Vinculación."),
            Item("•", "Ing. Tomás Villaseñor Roa, Enlace."),
            P("Secretaría del Medio Ambiente de la Ciudad de México"),
            Item("•", "Mtra. Olga Espinoza Treviño, Subdirectora de Educación Ambiental."),
            P("ORDEN DEL DÍA", ParagraphRole.Heading),
            P("I. Lista de asistencia."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal(["Marisol Quiroga Beltrán", "Tomás Villaseñor Roa", "Olga Espinoza Treviño"], acta.Attendance.Select(a => a.Name));
        Assert.Equal("Secretaría de Cultura de la Ciudad de México", acta.Attendance[0].Institution);
        Assert.Equal(Sector.InstanciaEjecutora, acta.Attendance[2].Sector);
    }
}
