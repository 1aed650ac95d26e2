using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A label column and one column per goal whose ids stand in the header row ("Estrategia 704 | Meta 704.1 | Meta 704.2")
/// over a bare "Meta" row of goal texts; remarks after the grid as paragraphs "Speaker, meta 704.2: text".
/// </summary>
public sealed class GoalIdsInHeaderRowTests
{
    private static TableRow R(params string[] cells) => new(cells.Select((c, i) => new TableCell(i, 1, [c])).ToList());

    private static Acta Acta() => Extract(
        P("Séptima sesión ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
        P("Fecha: 2 de agosto de 2022"),
        P("Revisión de estrategias", ParagraphRole.Heading),
        P("Estrategia 704. Ampliar la vivienda social en arrendamiento"),
        new Table([
            R("Estrategia 704", "Meta 704.1", "Meta 704.2"),
            R("Meta", "Rehabilitar inmuebles para renta social", "Otorgar apoyos de renta a familias desplazadas"),
            R("Indicador", "Inmuebles rehabilitados", "Familias con apoyo"),
            R("Instancia ejecutora", "Instituto de Vivienda", "Instituto de Vivienda"),
            R("Informe", "Se rehabilitaron 14 inmuebles con 230 viviendas.", "Sin avance"),
        ], 3, true, At()),
        P("Retroalimentación"),
        P("Secretaría Ejecutiva, meta 704.2: Se solicita explicar por qué no hubo apoyos en el periodo."),
        P("Secretaría Ejecutiva, meta 704.1: Conviene desagregar las viviendas por alcaldía."),
        P("Observaciones"),
        P("Frente Popular por la Vivienda, meta 704.1: La organización pide conocer los criterios de asignación."),
        P("Acuerdos", ParagraphRole.Heading),
        P("El Instituto de Vivienda enviará el padrón de inmuebles."));

    [Fact]
    public void A_symbol_legend_and_a_numbered_feedback_heading_are_no_report()
    {
        var acta = Extract(
            P("Séptima sesión ordinaria del Espacio de Participación del Derecho a la Vivienda", ParagraphRole.Heading),
            P("Fecha: 2 de agosto de 2022"),
            P("II. Seguimiento de estrategias", ParagraphRole.Heading),
            new Table([
                R("Estrategia", "Meta", "Instancia ejecutora", "Informe", "Avance"),
                R("Estrategia 704", "Meta 704.1 Rehabilitar inmuebles", "Instituto de Vivienda", "Se rehabilitaron 14 inmuebles.", "✔"),
                R("Estrategia 704", "Meta 704.2 Otorgar apoyos de renta", "Instituto de Vivienda", "", "✘"),
            ], 5, true, At()),
            P("Avance: ✔ la instancia entregó su informe; ✘ no lo entregó."),
            P("III. Retroalimentación y observaciones"),
            P("Conviene desagregar las viviendas por alcaldía."),
            P("IV. Acuerdos", ParagraphRole.Heading),
            P("El Instituto de Vivienda enviará el padrón de inmuebles."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Null(strategy.Goals[1].Report);
        Assert.Equal(["Conviene desagregar las viviendas por alcaldía."], strategy.Feedback.Select(f => f.Text));
    }

    [Fact]
    public void Each_goal_takes_the_id_heading_its_column()
    {
        var strategy = Assert.Single(Acta().Strategies);

        Assert.Equal(["704.1", "704.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal("Rehabilitar inmuebles para renta social", strategy.Goals[0].Text);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
    }

    [Fact]
    public void A_remark_tagged_with_speaker_and_goal_goes_to_that_goal_without_the_tag()
    {
        var feedback = Assert.Single(Acta().Strategies).Feedback;

        Assert.Equal(
            [
                ("704.2", FeedbackSection.Retroalimentacion, "Se solicita explicar por qué no hubo apoyos en el periodo."),
                ("704.1", FeedbackSection.Retroalimentacion, "Conviene desagregar las viviendas por alcaldía."),
                ("704.1", FeedbackSection.Observacion, "La organización pide conocer los criterios de asignación."),
            ],
            feedback.Select(f => (f.Goal, f.Section, f.Text)));
    }
}
