using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A prose acta that tells its remarks as speech without quotes, straight after a goal's report, with no heading over them.</summary>
public sealed class SpokenRemarkTests
{
    [Fact]
    public void Remarks_told_as_speech_after_the_report_are_feedback_and_observations_not_report()
    {
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE TRABAJADORAS DEL HOGAR"),
            P("Fecha: 12 de marzo de 2019"),
            P("Estrategia 620. Garantizar la seguridad social de las trabajadoras del hogar.", ParagraphRole.Heading),
            P("Meta 620.1. Afiliar a trabajadoras del hogar al régimen voluntario."),
            P("Indicador: Número de trabajadoras afiliadas."),
            P("Instancia ejecutora: Secretaría de Trabajo."),
            P("Informe: Se afilió a 140 trabajadoras del hogar en 5 alcaldías."),
            P("En relación con la meta 620.1, la Secretaría Ejecutiva hizo la siguiente observación: Falta desagregar las afiliaciones por alcaldía."),
            P("Al hacer uso de la palabra, la Mtra. Rosa Elena Quiroga Luna, en nombre de la Red de Empleadas Domésticas, señaló: Las afiliadas no conocen sus derechos."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría de Trabajo enviará el desglose por alcaldía."));

        var strategy = acta.Strategies.Single();
        Assert.Equal("Se afilió a 140 trabajadoras del hogar en 5 alcaldías.", strategy.Goals.Single().Report);
        Assert.Contains(strategy.Feedback, f => f.Section == FeedbackSection.Retroalimentacion && f.Goal == "620.1" && f.Text == "Falta desagregar las afiliaciones por alcaldía.");
        Assert.Contains(strategy.Feedback, f => f.Section == FeedbackSection.Observacion && f.Text == "Las afiliadas no conocen sus derechos.");
    }

    [Fact]
    public void A_body_that_says_what_it_did_is_no_spoken_remark() =>
        Assert.Null(SpokenRemark.BySecretariat("La Secretaría de Salud indicó: Se vacunó a 300 personas en 4 jornadas."));
}
