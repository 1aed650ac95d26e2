using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A label column with one column per goal whose cells open with their own "Meta NNN.k" line, and the remarks written
/// after the table as paragraphs: a feedback heading, then each goal named on a line of its own over its remarks.
/// </summary>
public sealed class GoalColumnsAndRemarkListTests
{
    private static Acta Read(params LayoutBlock[] after) => Extract([
        P("MINUTA DE LA CUARTA REUNIÓN DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA ALIMENTACIÓN", ParagraphRole.Heading),
        P("Fecha: 22 de junio de 2022"),
        P("DESARROLLO", ParagraphRole.Heading),
        new Table(
        [
            new TableRow([new TableCell(0, 3, ["Estrategia 150. Ampliar los comedores comunitarios"])]),
            new TableRow([new TableCell(0, 1, ["Meta"]), new TableCell(1, 1, ["Meta 150.1", "Se abren comedores en colonias de alta marginación."]),
                new TableCell(2, 1, ["Meta 150.2", "Se capacita al personal de los comedores."])]),
            new TableRow([new TableCell(0, 1, ["Instancia ejecutora"]), new TableCell(1, 1, ["SIBISO"]), new TableCell(2, 1, ["SEDESA"])]),
            new TableRow([new TableCell(0, 1, ["Informe"]), new TableCell(1, 1, ["Se abrieron 18 comedores."]), new TableCell(2, 1, ["No reportó"])]),
        ], 3, true, At()),
        .. after,
        P("ACUERDOS", ParagraphRole.Heading),
        P("SIBISO enviará la lista de comedores."),
    ]);

    [Fact]
    public void Goal_cells_that_open_with_their_id_give_one_goal_each_with_its_text_once()
    {
        var strategy = Assert.Single(Read().Strategies);
        Assert.Equal(["150.1", "150.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["Se abren comedores en colonias de alta marginación.", "Se capacita al personal de los comedores."], strategy.Goals.Select(g => g.Text));
        Assert.Equal(["Se abrieron 18 comedores.", null], strategy.Goals.Select(g => g.Report));
    }

    [Fact]
    public void Goals_named_on_lines_of_their_own_under_a_feedback_heading_hold_the_remarks_below_them()
    {
        var strategy = Assert.Single(Read(
            P("Comentarios"),
            P("Meta 150.1"),
            P("Falta indicar cuántas raciones sirve cada comedor."),
            P("Se pide desagregar los comedores por alcaldía."),
            P("Meta 150.2"),
            P("La SEDESA debe presentar su informe en la siguiente sesión.")).Strategies);

        Assert.Equal(["Se abren comedores en colonias de alta marginación.", "Se capacita al personal de los comedores."], strategy.Goals.Select(g => g.Text));
        Assert.Equal(
            [("150.1", "Falta indicar cuántas raciones sirve cada comedor."), ("150.1", "Se pide desagregar los comedores por alcaldía."), ("150.2", "La SEDESA debe presentar su informe en la siguiente sesión.")],
            strategy.Feedback.Select(f => (f.Goal, f.Text)));
    }
}
