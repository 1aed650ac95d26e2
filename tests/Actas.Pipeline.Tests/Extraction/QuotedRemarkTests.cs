using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A legal acta that gives a remark as quoted speech: who spoke, "manifestó:", the remark in guillemets.</summary>
public sealed class QuotedRemarkTests
{
    [Fact]
    public void A_remark_quoted_after_the_report_is_an_observation_of_the_quoted_words()
    {
        var acta = Extract(
            P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE PERSONAS CUIDADORAS"),
            P("Fecha: 9 de mayo de 2023"),
            P("ESTRATEGIA 512.- Reconocer el trabajo de cuidados no remunerado", ParagraphRole.Heading),
            P("Meta 512.1.- Registrar a las personas cuidadoras en un padrón."),
            P("Indicador: Número de personas registradas."),
            P("Informe:"),
            P("Se registraron 214 personas cuidadoras en 6 alcaldías."),
            P("Acto seguido, el señor Tomás Ruiz Peña, de la Red de Cuidadoras Urbanas, A.C., expresó: «El padrón deja fuera a quienes cuidan sin parentesco.»"),
            P("Retroalimentación de la Secretaría Ejecutiva:"),
            P("Conviene publicar el padrón por alcaldía."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El Instituto enviará el padrón desagregado por alcaldía."));

        var strategy = acta.Strategies.Single();
        Assert.Equal("Se registraron 214 personas cuidadoras en 6 alcaldías.", strategy.Goals.Single().Report);
        Assert.Contains(strategy.Feedback, f => f.Section == FeedbackSection.Observacion && f.Text == "El padrón deja fuera a quienes cuidan sin parentesco.");
        Assert.Contains(strategy.Feedback, f => f.Section == FeedbackSection.Retroalimentacion && f.Text == "Conviene publicar el padrón por alcaldía.");
    }

    [Fact]
    public void What_a_body_quoted_as_read_out_is_no_remark() =>
        Assert.Null(SpeakerTag.QuotedRemarkBySecretariat("La Secretaría de Salud dio lectura a su informe: «Se vacunó a 300 personas.»"));
}
