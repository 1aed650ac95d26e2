using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A sector heading glossed in parentheses by other words for the same sector ("Dependencias (entes públicos)") is that
/// sector, so a header row of such headings over one body row of stacked "name / body" lines gives each person the
/// column's sector; a parenthesis that names a person or a body is no gloss.
/// </summary>
public sealed class GlossedSectorColumnTests
{
    [Theory]
    [InlineData("Dependencias (entes públicos)", Sector.InstanciaEjecutora)]
    [InlineData("Organizaciones (sociedad civil)", Sector.SociedadCivil)]
    public void A_sector_glossed_by_the_same_sector_is_that_sector(string heading, Sector sector) =>
        Assert.Equal(sector, SectorHeadings.Classify(heading));

    [Theory]
    [InlineData("Gobierno (Secretaría de Movilidad)")]
    [InlineData("Sociedad civil (Colectivo Río Vivo)")]
    public void A_parenthesis_naming_a_body_or_a_person_is_no_gloss(string line) =>
        Assert.Null(SectorHeadings.Classify(line));

    [Fact]
    public void Glossed_column_headings_over_stacked_people_give_each_the_columns_sector()
    {
        var acta = Extract(
            P("MINUTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: jueves 5 de mayo de 2016"),
            P("PERSONAS ASISTENTES", ParagraphRole.Heading),
            T(["Dependencias (entes públicos)", "Organizaciones (sociedad civil)"],
              ["Ing. Rodrigo Paredes Luna\nSistema de Aguas de la Ciudad de México\nMtra. Elisa Carmona Vidal\nSecretaría del Medio Ambiente",
               "C. Julián Becerra Ortiz\nAsamblea Vecinal de Santa Cruz\nC. Noemí Garza Ibarra\nRed Ciudadana por el Agua"]),
            P("ACUERDOS", ParagraphRole.Heading),
            P("SACMEX enviará el calendario de cortes."));

        Assert.Equal(4, acta.Attendance.Count);
        Assert.Equal([Sector.InstanciaEjecutora, Sector.InstanciaEjecutora, Sector.SociedadCivil, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
        Assert.Equal("Asamblea Vecinal de Santa Cruz", acta.Attendance[2].Institution);
    }
}
