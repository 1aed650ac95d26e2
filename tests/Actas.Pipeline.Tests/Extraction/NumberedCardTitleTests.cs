using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Goals written as cards of "label: value" lines, each under its numbered title ("Ficha 2", "Tarjeta 3"): the title of the next
/// card closes the remarks of the card before and is no remark itself (blind batch AH, AH1).
/// </summary>
public sealed class NumberedCardTitleTests
{
    [Fact]
    public void The_next_card_s_numbered_title_is_no_remark_of_the_card_before()
    {
        var acta = Extract(
            P("Tercera Sesión Ordinaria del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
            P("Fecha: 12 de septiembre de 2017"),
            P("SEGUIMIENTO POR META", ParagraphRole.Heading),
            P("Tarjeta 1", ParagraphRole.Heading),
            P("Estrategia: 318. Ampliar la atención de salud mental en los centros de salud"),
            P("Meta: 318.1 Contratar psicólogas en los centros de salud T-III"),
            P("Responsable: Secretaría de Salud"),
            P("Avance: Se contrataron 14 psicólogas en 9 centros de salud."),
            P("Retroalimentación:", ParagraphRole.Heading),
            P("– Secretaría Ejecutiva: Falta señalar en qué alcaldías están los centros."),
            P("Tarjeta 2", ParagraphRole.Heading),
            P("Estrategia: 318. Ampliar la atención de salud mental en los centros de salud"),
            P("Meta: 318.2 Abrir una línea telefónica de atención en crisis"),
            P("Responsable: Secretaría de Salud"),
            P("Avance: La línea atendió 2,310 llamadas."),
            P("Retroalimentación:", ParagraphRole.Heading),
            P("– Secretaría Ejecutiva: El informe responde al indicador."),
            P("Tarjeta 3", ParagraphRole.Heading),
            P("Estrategia: 322. Prevenir el suicidio en personas jóvenes"),
            P("Meta: 322.1 Capacitar a docentes de bachillerato"),
            P("Responsable: Secretaría de Educación, Ciencia, Tecnología e Innovación"),
            P("Avance: Sin informe."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEDESA enviará la lista de centros de salud con psicóloga."));

        var remarks = acta.Strategies.SelectMany(s => s.Feedback).Select(f => (f.Goal, f.Text)).ToList();
        Assert.Equal(
            [("318.1", "Falta señalar en qué alcaldías están los centros."), ("318.2", "El informe responde al indicador.")],
            remarks);
    }
}
