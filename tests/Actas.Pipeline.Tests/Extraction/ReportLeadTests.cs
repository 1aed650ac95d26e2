using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A memoria that introduces each report with "La X informó:" alone and quotes the report in the paragraph below.</summary>
public sealed class ReportLeadTests
{
    [Fact]
    public void A_body_that_reported_then_a_colon_labels_the_paragraph_below_as_the_report()
    {
        var acta = Extract(
            P("MEMORIA DE LA CUARTA SESIÓN DEL ESPACIO DE PARTICIPACIÓN DE PERSONAS CUIDADORAS"),
            P("Fecha: 9 de mayo de 2023"),
            P("Estrategia 512. Reconocer el trabajo de cuidados no remunerado", ParagraphRole.Heading),
            P("Meta 512.1", ParagraphRole.Heading),
            P("Meta: Registrar a las personas cuidadoras en un padrón"),
            P("Indicador: Número de personas registradas"),
            P("El Instituto de las Personas Mayores reportó lo siguiente:"),
            P("Se registraron 214 personas cuidadoras en 6 alcaldías."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El Instituto enviará el padrón desagregado por alcaldía."));

        var goal = acta.Strategies.Single().Goals.Single();
        Assert.Equal(ReportStatus.Reported, goal.ReportStatus);
        Assert.Equal("Se registraron 214 personas cuidadoras en 6 alcaldías.", goal.Report);
        Assert.Contains(acta.Strategies.Single().Figures, f => f.Value == 214);
    }
}
