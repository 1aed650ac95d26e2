using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A minuta's top line sets the Espacio's name off "Espacio de Participación" by a middle dot or a bar, and a printed page may add
/// the session's short date after another ("Espacio de Participación · Derechos … · vie 08-nov-19"): the name is what stands
/// between, without the weekday's and month's abbreviations.
/// </summary>
public sealed class ShortDateBodyLineTests
{
    [Theory]
    [InlineData("Espacio de Participación · Derechos de las Personas Usuarias del Transporte Público")]
    [InlineData("Espacio de Participación | Derechos de las Personas Usuarias del Transporte Público · vie 08-nov-19")]
    [InlineData("Espacio de Participación · Derechos de las Personas Usuarias del Transporte Público · 8 nov 2019")]
    public void The_name_after_a_separator_is_the_body(string topLine)
    {
        var acta = Extract(
            P(topLine),
            P("Minuta — 4a. sesión ordinaria"),
            P("Fecha: vie 08-nov-19"),
            P("Lugar: Sala de juntas del Metro"),
            P("ACUERDOS"),
            P("1. La Secretaría de Movilidad enviará el informe de rutas."));

        Assert.Equal("Derechos de las Personas Usuarias del Transporte Público", acta.Session.Body);
    }

    [Fact]
    public void A_masthead_dot_before_no_rights_name_gives_no_body() =>
        Assert.Null(Extract(
            P("Espacio de Participación · PDHCDMX"),
            P("Minuta — 4a. sesión ordinaria"),
            P("Fecha: vie 08-nov-19"),
            P("ACUERDOS"),
            P("1. La Secretaría de Movilidad enviará el informe de rutas.")).Session.Body);
}
