using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A goal grid "Estrategia | Meta | Comentarios y observaciones" whose goal cell holds all its fields as soft-broken lines
/// ("Meta 733.1" ¶ text ¶ "Indicador: …" ¶ "Informe: …") and whose last column holds the remarks, each led by its speaker
/// ("SE: …", "Name: …"): every remark is the goal's feedback, none runs into the report, and the goal grid's merged strategy cell does not make its first row an agenda item.
/// </summary>
public sealed class GoalCellRemarkColumnTests
{
    private static Acta Read(string remarksHeader) => Extract(
        P("MINUTA DE LA TERCERA SESIÓN DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: 4 de octubre de 2022"),
        P("SEGUIMIENTO DE ESTRATEGIAS", ParagraphRole.Heading),
        T(["Estrategia", "Meta", remarksHeader],
          ["Estrategia 733. Mejorar el abasto de agua en colonias con tandeo",
           "Meta 733.1\nInstalar cisternas comunitarias en colonias con tandeo\nIndicador: Número de cisternas instaladas\nInstancia ejecutora: Sistema de Aguas de la Ciudad de México\nInforme: Se instalaron 12 cisternas de 10,000 litros.",
           "SE: Se agradece que el informe diga la capacidad de cada cisterna.\nSE: Falta indicar en qué colonias se instalaron."],
          ["",
           "Meta 733.2\nReparar fugas en la red secundaria\nIndicador: Número de fugas reparadas\nInstancia ejecutora: Alcaldía Iztapalapa\nInforme: Se repararon 340 fugas.",
           "Leonor Quintero Ávila: Las fugas de la calle Cedros siguen sin atenderse."]),
        P("ACUERDOS", ParagraphRole.Heading),
        P("El Sistema de Aguas enviará el listado de colonias."));

    [Theory]
    [InlineData("Retroalimentación y observaciones")]
    [InlineData("Observaciones y comentarios")]
    public void Each_remark_is_the_goals_feedback_and_the_report_ends_before_it(string header)
    {
        var strategy = Assert.Single(Read(header).Strategies);
        Assert.Equal(["Se instalaron 12 cisternas de 10,000 litros.", "Se repararon 340 fugas."], strategy.Goals.Select(g => g.Report));
        Assert.Equal(
            [("733.1", "Se agradece que el informe diga la capacidad de cada cisterna."),
             ("733.1", "Falta indicar en qué colonias se instalaron."),
             ("733.2", "Las fugas de la calle Cedros siguen sin atenderse.")],
            strategy.Feedback.Select(f => (f.Goal, f.Text)));
    }
}
