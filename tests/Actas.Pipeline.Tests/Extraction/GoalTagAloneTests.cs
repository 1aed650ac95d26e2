using Actas.Pipeline.Layout;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A goal tag in brackets left alone on a line among remarks ("(Meta 561.2)", its label read apart, blind batch V, V4): it names
/// the goal of the remark after it and is no remark.
/// </summary>
public sealed class GoalTagAloneTests
{
    [Fact]
    public void A_bracketed_goal_tag_alone_is_no_remark_and_names_the_next_ones_goal()
    {
        var acta = Extract(
            P("Minuta de la sesión 5 · Espacio del Derecho a la Vivienda", ParagraphRole.Heading),
            P("Fecha: 9 de mayo de 2021"),
            P("Estrategia 641 — Reducir los desalojos forzosos"),
            P("Meta 641.1 — Acompañar los lanzamientos ordenados por juzgados"),
            P("Informe"),
            P("Se acompañaron 57 diligencias en cuatro alcaldías."),
            P("Meta 641.2 — Instalar una mesa de mediación"),
            P("Informe"),
            P("La mesa sesionó dos veces."),
            P("Comentarios"),
            P("[meta 641.1]"),
            P("Conviene desagregar las diligencias por tipo de juicio."));

        var remark = Assert.Single(Assert.Single(acta.Strategies).Feedback);
        Assert.Equal(("Conviene desagregar las diligencias por tipo de juicio.", "641.1"), (remark.Text, remark.Goal));
    }
}
