using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A legal acta that narrates each goal in a sentence, its report in a footnote, and announces each remark by its kind ("formuló
/// la siguiente retroalimentación: «…»"); a goal whose report is missing is told in a sentence of its own.
/// </summary>
public sealed class NarratedRemarkTests
{
    [Fact]
    public void Remarks_announced_by_their_kind_are_read_and_a_goal_told_as_unreported_is_kept()
    {
        var acta = Extract(
            P("ACTA DE LA II SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS CON EPILEPSIA", ParagraphRole.Heading),
            P("DESARROLLO DE LA SESIÓN", ParagraphRole.Heading),
            P("III. Se dio cuenta del seguimiento siguiente:"),
            P("Estrategia 402. Mejorar la atención neurológica en el primer nivel."),
            P("En relación con la meta 402.1, «Capacitar a médicos generales en epilepsia», cuyo indicador es «Número de médicos capacitados», la Secretaría de Salud presentó el informe que se transcribe al pie."),
            P("La Secretaría Ejecutiva formuló la siguiente retroalimentación: «Falta desagregar a los médicos capacitados por jurisdicción sanitaria.»"),
            P("La Lic. Ana Ruiz Solís, de Convulsiones Cero, A.C., hizo la siguiente observación: «En los centros de salud del sur nadie conoce el protocolo nuevo.»"),
            P("Respecto de la meta 402.2, «Abastecer de anticonvulsivos a las farmacias públicas», con el indicador «Porcentaje de farmacias abastecidas», a cargo del Instituto de Servicios de Salud, no se contó con informe."),
            P("IV. En asuntos generales no hubo intervenciones."),
            P("V. Las personas integrantes del Espacio aprobaron los siguientes acuerdos:"),
            P("ACUERDO EP-EPI/II/01/2019.- El Instituto remitirá su informe de la meta 402.2."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["402.1", "402.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(ReportStatus.NotReported, strategy.Goals[1].ReportStatus);
        Assert.Equal("Número de médicos capacitados", strategy.Goals[0].Indicator);
        Assert.Collection(strategy.Feedback,
            f => Assert.Equal((FeedbackSection.Retroalimentacion, "402.1", "Falta desagregar a los médicos capacitados por jurisdicción sanitaria."), (f.Section, f.Goal, f.Text)),
            f => Assert.Equal((FeedbackSection.Observacion, "402.1", "En los centros de salud del sur nadie conoce el protocolo nuevo."), (f.Section, f.Goal, f.Text)));
    }
}
