using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>Minutes with no heading that names the Espacio: its name is read from the opening sentence.</summary>
public sealed class BodyInOpeningSentenceTests
{
    [Fact]
    public void The_espacio_named_in_the_opening_sentence_is_the_body()
    {
        var acta = Extract(
            P("MINUTA – 2A. REUNIÓN DE TRABAJO", ParagraphRole.Heading),
            P("Comparto la minuta de la 2a. reunión de trabajo del Espacio de Participación de los Derechos de las Personas Mayores, que se llevó a cabo el martes 4 de junio de 2024 a las 12:00 hrs en el Salón Azul del INAPAM."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("Se enviará la información a la Secretaría Ejecutiva."));

        Assert.Equal("Derechos de las Personas Mayores", acta.Session.Body);
    }
}
