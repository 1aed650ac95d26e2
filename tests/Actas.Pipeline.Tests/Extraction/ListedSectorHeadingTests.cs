using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// An attendance group heading that lists several groups with commas and a last "y" is the sector named first; a typed
/// list's "Carácter" column holds each person's sector.
/// </summary>
public sealed class ListedSectorHeadingTests
{
    [Theory]
    [InlineData("Organizaciones civiles, colectivos vecinales y academia", Sector.SociedadCivil)]
    [InlineData("Instancias ejecutoras, órganos autónomos e invitados", Sector.InstanciaEjecutora)]
    public void Groups_listed_with_commas_are_the_sector_named_first(string heading, Sector sector) =>
        Assert.Equal(sector, SectorHeadings.Classify(heading));

    [Fact]
    public void A_caracter_column_gives_each_persons_sector()
    {
        var acta = Extract(
            P("MINUTA DE LA PRIMERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            P("Fecha:\tmartes 3 de marzo de 2015"),
            P("ASISTENTES", ParagraphRole.Heading),
            P("Nombre\tDependencia / organización\tCarácter"),
            P("Lic. Hugo Salas Reyna\tINVI\tEnte público"),
            P("C. Rosa Duarte Lima\tAsamblea de Vecinos de la Obrera\tSociedad civil"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El INVI enviará el padrón de créditos."));

        Assert.Equal([Sector.InstanciaEjecutora, Sector.SociedadCivil], acta.Attendance.Select(a => a.Sector));
    }
}
