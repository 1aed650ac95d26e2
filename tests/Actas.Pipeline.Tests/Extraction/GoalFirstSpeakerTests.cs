using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>Remarks listed as "Meta N, who: remark": who spoke says the kind and is no part of the remark.</summary>
public sealed class GoalFirstSpeakerTests
{
    [Theory]
    [InlineData(", Secretaría Ejecutiva: Falta el padrón.", "Falta el padrón.", true)]
    [InlineData("; Abel Ríos Cano (Red Vecinal del Sur): No hubo consulta.", "No hubo consulta.", false)]
    public void The_speaker_after_the_goal_says_the_kind(string afterGoal, string remark, bool bySecretariat) =>
        Assert.Equal((remark, bySecretariat), GoalFirstSpeaker.Read(afterGoal));

    [Theory]
    [InlineData(". Capacitar al personal.")]
    [InlineData(", sin informe")]
    public void Other_text_after_a_goal_is_no_tag(string afterGoal) => Assert.Null(GoalFirstSpeaker.Read(afterGoal));

    [Fact]
    public void Dash_items_under_a_remarks_label_keep_only_the_remark()
    {
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL TRABAJO", ParagraphRole.Heading),
            P("Fecha: 2 de junio de 2014"),
            P("Estrategia 377. Vigilar las condiciones de trabajo.", ParagraphRole.Heading),
            P("Meta 377.1. Realizar inspecciones laborales."),
            P("Informe: Se realizaron 96 inspecciones."),
            P("Comentarios y retroalimentación:"),
            P("- Meta 377.1, Secretaría Ejecutiva: Falta el resultado de las inspecciones."),
            P("- Meta 377.1, Abel Ríos Cano (Red Vecinal del Sur): Las inspecciones no llegan a los mercados."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría del Trabajo enviará los resultados."));

        Assert.Equal(
            [("Falta el resultado de las inspecciones.", FeedbackSection.Retroalimentacion, "377.1"), ("Las inspecciones no llegan a los mercados.", FeedbackSection.Observacion, "377.1")],
            Assert.Single(acta.Strategies).Feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }
}
