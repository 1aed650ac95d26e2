using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A form's attendance: under a heading with its instruction in parentheses, one numbered line per person with labelled
/// fields and the sector given by the ticked box of a legend's abbreviations.
/// </summary>
public sealed class FormAttendanceLineTests
{
    [Fact]
    public void Each_labelled_line_is_one_attendee_with_the_ticked_sector()
    {
        var acta = Extract(
            P("Sesión número: ___4___ Tipo de sesión: ☒ Ordinaria ☐ Extraordinaria"),
            P("Fecha (dd/mm/aaaa): ___05/03/2024___"),
            P("2. LISTA DE ASISTENCIA (adjuntar las firmas)", ParagraphRole.Heading),
            P("Sector: IE = instancia ejecutora; OSC = organización de la sociedad civil; SE = Secretaría Ejecutiva; Otro = academia."),
            P("1. Nombre: ___Mtra. Rosa Elena Quiroz Peña___  Institución: ___SEDESA – Jurisdicción Sanitaria Tlalpan___     Sector: ☒ IE  ☐ OSC  ☐ SE  ☐ Otro"),
            P("2. Nombre: ___C. Tomás Aguirre Nava___  Institución: ___Red Vecinal del Sur, A.C.___"),
            P("Sector: ☐ IE  ☒ OSC  ☐ SE  ☐ Otro"),
            P("3. ACUERDOS", ParagraphRole.Heading),
            P("La SEDESA enviará el calendario de jornadas."));

        Assert.Equal(
            [("Rosa Elena Quiroz Peña", "SEDESA – Jurisdicción Sanitaria Tlalpan", Sector.InstanciaEjecutora),
             ("Tomás Aguirre Nava", "Red Vecinal del Sur, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Theory]
    [InlineData("☐ IE ☒ OSC ☐ SE", "OSC")]
    [InlineData("☒ IE ☒ OSC", null)]
    [InlineData("Sociedad civil", "Sociedad civil")]
    public void The_ticked_option_is_the_value(string options, string? expected) => Assert.Equal(expected, CheckBoxes.Ticked(options));
}
