using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// "Observación de Name (Body): …" right after a goal's report or its status line (blind batch V, V3): a remark someone made,
/// not more of the report.
/// </summary>
public sealed class AttributedObservationTests
{
    private static Acta Minute() => Extract(
        P("Minuta de la sesión 4 · Espacio del Derecho a la Vivienda", ParagraphRole.Heading),
        P("Fecha: 11 de junio de 2021"),
        P("Estrategia 641 — Reducir los desalojos forzosos"),
        P("Meta 641.1 — Acompañar los lanzamientos ordenados por juzgados"),
        P("Indicador: Número de diligencias acompañadas"),
        P("Informe: Se acompañaron 57 diligencias en cuatro alcaldías."),
        P("Observación de Rebeca Quiroz Álvarez (Frente Inquilinario): Ninguna familia recibió aviso previo."),
        P("Retroalimentación SE: Conviene desagregar las diligencias por tipo de juicio."));

    [Fact]
    public void An_attributed_observation_after_the_report_is_a_remark_without_its_attribution()
    {
        var strategy = Assert.Single(Minute().Strategies);

        Assert.Contains("Ninguna familia recibió aviso previo.", strategy.Feedback.Select(f => f.Text));
        Assert.DoesNotContain("Ninguna familia", strategy.Goals[0].Report ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Observación de Rebeca Quiroz Álvarez (Frente Inquilinario): Ninguna familia recibió aviso.", true)]
    [InlineData("Observaciones generales: Ninguna.", false)]
    public void An_observation_by_someone_is_attributed(string text, bool attributed) =>
        Assert.Equal(attributed, SpeakerTag.IsAttributed(text));
}
