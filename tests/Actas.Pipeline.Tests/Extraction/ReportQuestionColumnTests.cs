using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A goal table with two report columns, one asked as a question ("¿Hubo informe?" / "¿Informe?") holding Sí / No, the
/// other what was reported: the question is the status, the other column the report.
/// </summary>
public sealed class ReportQuestionColumnTests
{
    [Theory]
    [InlineData("¿Informe?", "Lo que se informó")]
    [InlineData("Informe", "¿Reporte?")]
    public void The_column_asked_as_a_question_is_the_status(string first, string second)
    {
        var questionFirst = first.EndsWith('?');
        string[] Row(string goal, string answer, string report) =>
            questionFirst ? [goal, "Secretaría de Salud", answer, report] : [goal, "Secretaría de Salud", report, answer];

        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE PERSONAS CUIDADORAS", ParagraphRole.Heading),
            P("Fecha: 12 de mayo de 2022"),
            P("Seguimiento de metas", ParagraphRole.Heading),
            T(["Meta", "Responsable", first, second],
              ["Estrategia 240 – Apoyar a las personas cuidadoras"],
              Row("240.1 Capacitar a personas cuidadoras", "Sí", "Se capacitó a 62 personas cuidadoras en 4 alcaldías."),
              Row("240.2 Abrir centros de respiro", "No", "—")),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Salud enviará su informe de la meta 240.2."));

        var goals = acta.Strategies.Single().Goals;
        Assert.Equal(ReportStatus.Reported, goals[0].ReportStatus);
        Assert.Equal("Se capacitó a 62 personas cuidadoras en 4 alcaldías.", goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, goals[1].ReportStatus);
        Assert.Null(goals[1].Report);
    }
}
