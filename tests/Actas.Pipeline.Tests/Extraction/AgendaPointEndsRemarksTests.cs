using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// What closes the remarks under the last goal when no heading of the usual words does: the order of the day's next point
/// as a heading of its own ("Punto 4. Acuerdos y asuntos generales"), a legal acta's numbered point taken up ("III.- En desahogo
/// del tercer punto, …"), a bulletin's box of general facts ("¿Sabías que…?").
/// </summary>
public sealed class AgendaPointEndsRemarksTests
{
    private static LayoutBlock[] Acta(params LayoutBlock[] after) =>
    [
        P("ACTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: 9 de mayo de 2018"),
        P("Estrategia 412. Garantizar el abasto de agua potable"),
        P("Meta 412.1. Instalar sistemas de captación de lluvia"),
        P("Informe: Se instalaron 38 sistemas de captación."),
        P("Retroalimentación:"),
        P("Se reconoce el avance del trimestre."),
        .. after,
    ];

    [Fact]
    public void The_next_agenda_point_by_its_number_opens_the_agreements()
    {
        var acta = Extract(Acta(
            P("Punto 4. Acuerdos y asuntos generales", ParagraphRole.Heading),
            P("Acuerdo 3/1. La SEDEMA enviará el padrón de sistemas instalados.")));

        Assert.Equal(["Se reconoce el avance del trimestre."], acta.Strategies.SelectMany(s => s.Feedback).Select(f => f.Text));
        Assert.Equal(["La SEDEMA enviará el padrón de sistemas instalados."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_numbered_point_taken_up_ends_the_remarks()
    {
        var acta = Extract(Acta(
            P("IV.- En desahogo del cuarto punto, las personas integrantes aprobaron lo que sigue:"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEDEMA enviará el padrón de sistemas instalados.")));

        Assert.Equal(["Se reconoce el avance del trimestre."], acta.Strategies.SelectMany(s => s.Feedback).Select(f => f.Text));
    }

    [Fact]
    public void A_box_of_general_facts_is_no_remark()
    {
        var acta = Extract(Acta(
            P("¿Sabías que…?"),
            P("Una familia de cuatro personas usa unos 400 litros de agua al día.")));

        Assert.Equal(["Se reconoce el avance del trimestre."], acta.Strategies.SelectMany(s => s.Feedback).Select(f => f.Text));
    }
}
