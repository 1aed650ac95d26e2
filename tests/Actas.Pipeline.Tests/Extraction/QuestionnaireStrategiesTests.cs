using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Strategies answered in an online questionnaire: one Pregunta | Respuesta row per question, each question with its code
/// and its numbered slot in front, a gating question before the optional ones.
/// </summary>
public sealed class QuestionnaireStrategiesTests
{
    private static TableRow Answer(string question, string answer) =>
        new([new TableCell(0, 1, [question]), new TableCell(1, 1, answer.Length == 0 ? [] : [answer])]);

    [Fact]
    public void Slots_of_a_questionnaire_are_read_as_strategies_and_goals()
    {
        var acta = Extract(
            P("Tercera sesión ordinaria del Espacio de Participación del Derecho al Agua, 9 de mayo de 2023", ParagraphRole.Heading),
            P("SEGUIMIENTO DE ESTRATEGIAS", ParagraphRole.Heading),
            new Table(
                [
                    Answer("S1Q01 Estrategia 1 · Número de la estrategia:", "431"),
                    Answer("S1Q02 Estrategia 1 · Título de la estrategia:", "Asegurar el abasto de agua potable en colonias con tandeo"),
                    Answer("S1Q03 Estrategia 1 · ¿Cuántas metas se revisaron?", "2"),
                    Answer("S1M1Q1 Estrategia 1, meta 1 · Clave de la meta:", "431.1"),
                    Answer("S1M1Q2 Estrategia 1, meta 1 · Descripción de la meta:", "Instalar cisternas comunitarias en unidades habitacionales"),
                    Answer("S1M1Q3 Estrategia 1, meta 1 · Instancia ejecutora responsable:", "SACMEX"),
                    Answer("S1M1Q4 Estrategia 1, meta 1 · ¿La instancia presentó informe de avance?", "Sí"),
                    Answer("S1M1Q5 Estrategia 1, meta 1 · Resumen del avance informado:", "Se instalaron 14 cisternas en Iztapalapa."),
                    Answer("S1M1Q6 Estrategia 1, meta 1 · ¿Hubo observaciones de las personas participantes?", "No"),
                    Answer("S1M2Q1 Estrategia 1, meta 2 · Clave de la meta:", "431.2"),
                    Answer("S1M2Q2 Estrategia 1, meta 2 · Descripción de la meta:", "Publicar el calendario de tandeo por colonia"),
                    Answer("S1M2Q3 Estrategia 1, meta 2 · Instancia ejecutora responsable:", "Alcaldía Iztapalapa"),
                    Answer("S1M2Q4 Estrategia 1, meta 2 · ¿La instancia presentó informe de avance?", "No"),
                    Answer("S1M2Q6 Estrategia 1, meta 2 · Retroalimentación de la Secretaría Ejecutiva:", "Se solicita a la alcaldía enviar su calendario."),
                ],
                2,
                true,
                At()),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría Ejecutiva enviará la minuta."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal((431, "Asegurar el abasto de agua potable en colonias con tandeo"), (strategy.Number, strategy.Title));
        Assert.Equal(
            [("431.1", "Instalar cisternas comunitarias en unidades habitacionales", "SACMEX", ReportStatus.Reported, "Se instalaron 14 cisternas en Iztapalapa."),
             ("431.2", "Publicar el calendario de tandeo por colonia", "Alcaldía Iztapalapa", ReportStatus.NotReported, null)],
            strategy.Goals.Select(g => (g.Id, g.Text, g.Executor, g.ReportStatus, g.Report)));
        var feedback = Assert.Single(strategy.Feedback);
        Assert.Equal(("Se solicita a la alcaldía enviar su calendario.", FeedbackSection.Retroalimentacion, "431.2"), (feedback.Text, feedback.Section, feedback.Goal));
    }
}
