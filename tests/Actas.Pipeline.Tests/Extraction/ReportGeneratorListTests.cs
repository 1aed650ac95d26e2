using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes written out by a session system's report: each attendee a numbered line of bar-parted fields, the report's
/// sign-off naming who typed it in after the agreements.
/// </summary>
public sealed class ReportGeneratorListTests
{
    [Fact]
    public void A_numbered_line_of_bar_parted_fields_is_one_attendee_with_its_sector()
    {
        var acta = Extract(
            P("MINUTA · Reunión 5 del Espacio de Participación, 12/09/2022"),
            P("ASISTENTES", ParagraphRole.Heading),
            P("1. Rosalba Quintero Mejía | Secretaría de Obras y Servicios | Instancia ejecutora"),
            P("2. Hugo Barrientos Lara | Vecinos del Pedregal en Defensa del Agua | Sociedad civil"),
            P("3. Pilar Ocampo Ibarra | Universidad Autónoma Metropolitana | Otra instancia"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría de Obras enviará el calendario de obras."));

        Assert.Equal(
            [("Rosalba Quintero Mejía", "Secretaría de Obras y Servicios", Sector.InstanciaEjecutora),
             ("Hugo Barrientos Lara", "Vecinos del Pedregal en Defensa del Agua", Sector.SociedadCivil),
             ("Pilar Ocampo Ibarra", "Universidad Autónoma Metropolitana", Sector.Otro)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void A_post_between_the_person_and_the_body_is_not_taken_for_the_body()
    {
        var acta = Extract(
            P("MINUTA · Reunión 8 del Espacio de Participación, 03/10/2022"),
            P("ASISTENTES", ParagraphRole.Heading),
            P("1. Rosalba Quintero Mejía | Directora de Obra Pública | Secretaría de Obras y Servicios | Instancia ejecutora"),
            P("2. Hugo Barrientos Lara | Vocero | Vecinos del Pedregal en Defensa del Agua | Sociedad civil"),
            P("3. Pilar Ocampo Ibarra | Investigadora | Universidad Autónoma Metropolitana | Otra instancia"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría de Obras enviará el calendario de obras."));

        Assert.Equal(
            [("Rosalba Quintero Mejía", "Secretaría de Obras y Servicios", Sector.InstanciaEjecutora),
             ("Hugo Barrientos Lara", "Vecinos del Pedregal en Defensa del Agua", Sector.SociedadCivil),
             ("Pilar Ocampo Ibarra", "Universidad Autónoma Metropolitana", Sector.Otro)],
            acta.Attendance.Select(a => (a.Name, a.Institution, a.Sector)));
    }

    [Fact]
    public void The_agreements_end_at_the_line_naming_who_typed_the_minutes_in()
    {
        var acta = Extract(
            P("MINUTA · Reunión 5 del Espacio de Participación, 12/09/2022"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría de Obras enviará el calendario de obras."),
            P("El Sistema de Aguas presentará el padrón de colonias."),
            P("Capturado por: Lic. Renata Solís Ugalde, enlace de la Secretaría Ejecutiva"),
            P("--- Fin del documento ---"));

        Assert.Equal(2, acta.Agreements.Count);
    }
}
