using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A heading that names its own session after "de" ("V. Acuerdos de la 4ª sesión") opens its section; the follow-up of
/// the previous session's agreements does not; a closing sentence "Siendo las … se dio por concluida la sesión" is no agreement.
/// </summary>
public sealed class SessionQualifiedHeadingTests
{
    [Theory]
    [InlineData("V. Acuerdos de la 4ª sesión")]
    [InlineData("ACUERDOS DE LA CUARTA SESIÓN ORDINARIA")]
    [InlineData("Acuerdos de esta reunión")]
    public void The_agreements_of_this_session_are_read_under_a_heading_that_names_it(string heading)
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 11 de abril de 2021"),
            P("IV. Seguimiento de los acuerdos de la 3ª sesión", ParagraphRole.Heading),
            T(["No.", "Acuerdo", "Estatus"], ["3.1", "El SACMEX enviará el padrón de colonias con tandeo.", "Cumplido"]),
            P(heading, ParagraphRole.Heading),
            T(["No.", "Acuerdo", "Responsable"], ["4.1", "El SACMEX presentará el calendario de pipas de mayo.", "SACMEX"]),
            P("Siendo las 13:10 horas se dio por concluida la sesión; la Quinta Sesión Ordinaria se celebrará el 9 de mayo de 2021."));

        Assert.Equal(["El SACMEX presentará el calendario de pipas de mayo."], acta.Agreements.Select(a => a.Text));
        Assert.Equal("2021-05-09", acta.NextSession?.Date);
    }
}
