using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A typewriter-habit attendance list: each person a paragraph opened by a typed hyphen and a tab ("-⇥Lic. Name,
/// Institution."), under sector lead-ins ("Por las delegaciones:"), with no Word numbering.
/// </summary>
public sealed class TypedDashListAttendanceTests
{
    [Fact]
    public void People_behind_a_typed_dash_and_tab_are_the_attendance()
    {
        var acta = Extract(
            P("ACTA DE LA TERCERA REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS JORNALERAS", ParagraphRole.Heading),
            P("FECHA:\tjueves 9 de marzo de 2017"),
            P("ASISTENTES:", ParagraphRole.Heading),
            P("Por el Gobierno de la Ciudad:"),
            P("-\tIng. Rubén Salcido Mora, Secretaría de Trabajo y Fomento al Empleo."),
            P("-\tC. Lidia Ocaña Ruiz, Instituto de las Mujeres de la Ciudad de México."),
            P("Por las organizaciones de la sociedad civil:"),
            P("–\tC. Abel Quintero Sáenz, Red de Jornaleros del Valle, A.C."),
            P("ACUERDOS:", ParagraphRole.Heading),
            P("1.\tLa STyFE enviará el padrón de personas jornaleras."));

        Assert.Equal(
            [("Rubén Salcido Mora", "Secretaría de Trabajo y Fomento al Empleo", Sector.InstanciaEjecutora),
             ("Lidia Ocaña Ruiz", "Instituto de las Mujeres de la Ciudad de México", Sector.InstanciaEjecutora),
             ("Abel Quintero Sáenz", "Red de Jornaleros del Valle, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (Actas.Pipeline.Extraction.PersonNames.WithoutTitle(a.Name), a.Institution, a.Sector)));
    }
}
