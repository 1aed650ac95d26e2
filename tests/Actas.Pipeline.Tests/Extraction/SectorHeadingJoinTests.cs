using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A sector heading that joins the sector to another group ("… sociedad civil y pueblos") is the sector named first.</summary>
public sealed class SectorHeadingJoinTests
{
    [Theory]
    [InlineData("Por las organizaciones de la sociedad civil y pueblos:", Sector.SociedadCivil)]
    [InlineData("Sociedad civil y academia", Sector.SociedadCivil)]
    [InlineData("Instancias ejecutoras e invitadas", Sector.InstanciaEjecutora)]
    [InlineData("Instancias invitadas y organismos internacionales", Sector.Otro)]
    public void A_sector_joined_to_another_group_is_the_sector_named_first(string heading, Sector expected)
    {
        Assert.Equal(expected, SectorHeadings.Classify(heading.TrimEnd(':')));
    }

    [Theory]
    [InlineData("Seguimiento y evaluación")]
    [InlineData("Sociedad civil y pueblos originarios de la zona lacustre de Xochimilco")]
    [InlineData("Observaciones y comentarios")]
    public void Other_pairs_and_long_tails_are_no_sector(string heading)
    {
        Assert.Null(SectorHeadings.Classify(heading));
    }
}
