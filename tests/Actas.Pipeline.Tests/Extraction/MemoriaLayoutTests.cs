using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A "memoria de la reunión": a table of contents up front, each goal's status said in a sentence with its achievements
/// bulleted under it, remarks tagged with their goal's id under "Comentarios de la Secretaría Ejecutiva" / "Comentarios de
/// las personas participantes".
/// </summary>
public sealed class MemoriaLayoutTests
{
    private static Acta Memoria() => Extract(
        P("Memoria de la cuarta reunión de trabajo del Espacio de Participación del Derecho a la Salud", ParagraphRole.Heading),
        P("Contenido"),
        P("1. Desarrollo de la reunión\t1"),
        P("1.1 Estrategia 330. Fortalecer la vacunación\t1"),
        P("2. Acuerdos\t2"),
        P("Fecha: jueves 6 de junio de 2024"),
        P("1. Desarrollo de la reunión", ParagraphRole.Heading),
        P("1.1 Estrategia 330. Fortalecer la vacunación", ParagraphRole.Heading),
        P("Meta 330.1. Vacunar a la población infantil"),
        P("Indicador: Cobertura de vacunación"),
        P("Instancia ejecutora: Secretaría de Salud"),
        P("La instancia presentó su informe. Logros reportados:"),
        P("• Se aplicaron 12,400 dosis en escuelas."),
        P("• Se abrieron 6 módulos itinerantes."),
        P("Meta 330.2. Registrar las vacunas aplicadas"),
        P("Indicador: Registros capturados"),
        P("Instancia ejecutora: Agencia Digital de Innovación Pública"),
        P("La instancia no remitió su informe."),
        P("Comentarios de la Secretaría Ejecutiva"),
        P("– 330.1 · Los logros permiten ver el avance por escuela."),
        P("Comentarios de las personas participantes"),
        P("– 330.2 · Se pide que la Agencia informe en la próxima reunión."),
        P("2. Acuerdos", ParagraphRole.Heading),
        P("1. La Secretaría de Salud enviará el calendario de vacunación."));

    [Fact]
    public void A_status_sentence_opens_the_report_and_is_no_part_of_it()
    {
        var goals = Assert.Single(Memoria().Strategies).Goals;
        Assert.Equal(
            [("330.1", ReportStatus.Reported, "Secretaría de Salud"), ("330.2", ReportStatus.NotReported, "Agencia Digital de Innovación Pública")],
            goals.Select(g => (g.Id, g.ReportStatus, g.Executor)));
        Assert.DoesNotContain("presentó", goals[0].Report, StringComparison.Ordinal);
        Assert.Contains("12,400 dosis", goals[0].Report, StringComparison.Ordinal);
        Assert.Null(goals[1].Report);
    }

    [Fact]
    public void Remarks_tagged_with_a_goal_id_go_to_that_goal_under_the_section_their_label_names()
    {
        var feedback = Assert.Single(Memoria().Strategies).Feedback;
        Assert.Equal(
            [("330.1", FeedbackSection.Retroalimentacion, "Los logros permiten ver el avance por escuela."),
             ("330.2", FeedbackSection.Observacion, "Se pide que la Agencia informe en la próxima reunión.")],
            feedback.Select(f => (f.Goal, f.Section, f.Text)));
    }

    [Fact]
    public void The_table_of_contents_opens_nothing()
    {
        var acta = Memoria();
        Assert.Equal("La Secretaría de Salud enviará el calendario de vacunación.", Assert.Single(acta.Agreements).Text);
        Assert.Equal(2, Assert.Single(acta.Strategies).Goals.Count);
    }
}
