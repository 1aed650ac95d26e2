using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A memo written to the head of the office after a session: the venue in its first sentence after "se celebró en", the
/// attendance as one paragraph per sector with its head count, remarks tagged with their goal at the end, and the
/// participants' remarks under "Posicionamientos de las personas participantes".
/// </summary>
public sealed class TarjetaInformativaTests
{
    private static Acta Memo() => Extract(
        P("TARJETA INFORMATIVA"),
        P("Le informo que el jueves 7 de marzo de 2024, de las 9:00 a las 11:30 horas, se celebró en la sala de usos múltiples del Instituto de Vivienda, Calle Norte 5, colonia Obrera la Segunda Sesión Ordinaria del Espacio de Participación de los Derechos de las Personas Inquilinas."),
        P("ASISTENCIA", ParagraphRole.Heading),
        P("Instancias ejecutoras (3): Lic. Marta Ibarra Soto y Arq. Félix Duarte León (INVI); Mtra. Gloria Peña Ruiz (SEDUVI)."),
        P("Sociedad civil (1): C. Andrés Lozano Vera (Frente de Inquilinos del Centro, A.C.)."),
        P("DESARROLLO", ParagraphRole.Heading),
        P("Estrategia 512. Garantizar el acceso a una vivienda en renta asequible."),
        P("Meta 512.1. Otorgar apoyos de renta a familias de bajos ingresos."),
        P("Reporte: Se otorgaron 820 apoyos de renta."),
        P("Meta 512.2. Publicar un padrón de vivienda en renta."),
        P("Reporte: Pendiente; no se recibió el reporte."),
        P("Retroalimentación de la Secretaría Ejecutiva:"),
        P("Es necesario desagregar los apoyos por alcaldía. (meta 512.1)"),
        P("Posicionamientos de las personas participantes:"),
        P("El Frente de Inquilinos cuestiona que el padrón siga sin publicarse. (meta 512.2)"),
        P("ACUERDOS", ParagraphRole.Heading),
        P("El INVI enviará el desglose de apoyos por alcaldía."));

    [Fact]
    public void The_venue_is_read_from_the_sentence_that_says_where_the_session_was_held() =>
        Assert.Equal("sala de usos múltiples del Instituto de Vivienda, Calle Norte 5, colonia Obrera", Memo().Session.Place);

    [Fact]
    public void A_sector_paragraph_with_its_head_count_lists_its_people()
    {
        var acta = Memo();

        Assert.Equal(
            [("INVI", Sector.InstanciaEjecutora), ("INVI", Sector.InstanciaEjecutora), ("SEDUVI", Sector.InstanciaEjecutora),
             ("Frente de Inquilinos del Centro, A.C.", Sector.SociedadCivil)],
            acta.Attendance.Select(a => (a.Institution, a.Sector)));
    }

    [Fact]
    public void A_goal_tag_after_a_remark_names_its_goal_and_positions_are_observations()
    {
        var feedback = Assert.Single(Memo().Strategies).Feedback;

        Assert.Equal(
            [("Es necesario desagregar los apoyos por alcaldía.", FeedbackSection.Retroalimentacion, "512.1"),
             ("El Frente de Inquilinos cuestiona que el padrón siga sin publicarse.", FeedbackSection.Observacion, "512.2")],
            feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }
}
