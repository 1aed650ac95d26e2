using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A follow-up table under "Seguimiento de acuerdos" (blind batch AD, AD4: "No. | Acuerdo | Estado"), the earlier session's
/// agreements "Cumplido" or "En proceso" above this session's, marked "Nuevo", and a legend for the marks: the marked rows are
/// this session's agreements; the earlier ones and the legend are not.
/// </summary>
public sealed class MarkedFollowUpAgreementsTests
{
    [Fact]
    public void The_rows_marked_new_are_the_agreements_and_the_legend_is_none()
    {
        var acta = Extract(
            P("Minuta de la cuarta reunión del Espacio del Derecho al Agua", ParagraphRole.Heading),
            P("Fecha: 8 de julio de 2020"),
            P("Estrategia 811. Garantizar el abasto en colonias con tandeo"),
            P("Meta 811.1: Instalar cisternas comunitarias"),
            P("Informe: Se instalaron 42 cisternas."),
            P("Seguimiento de acuerdos", ParagraphRole.Heading),
            T(["No.", "Acuerdo", "Estado"],
              ["3.1", "El Sistema de Aguas entregará el mapa de tandeo.", "Cumplido"],
              ["3.2", "La Alcaldía Tlalpan revisará las pipas.", "En proceso"],
              ["4.1", "El Sistema de Aguas presentará el calendario de pipas.", "Nuevo"],
              ["4.2", "La quinta reunión se celebrará el 9 de septiembre de 2020.", "Nuevo"]),
            P("Los acuerdos cumplidos van en gris; los nuevos se tomaron en esta reunión."));

        Assert.Equal(
            ["El Sistema de Aguas presentará el calendario de pipas.", "La quinta reunión se celebrará el 9 de septiembre de 2020."],
            acta.Agreements.Select(a => a.Text));
    }
}
