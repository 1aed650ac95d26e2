using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes that give the session as speech: a stenographic version (speaker turns under the goal data shown on
/// screen) and a relatoría whose discussion names the goals inside sentences while the reports sit in an annex.
/// </summary>
public sealed class SpokenMinutesTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("VERSIÓN ESTENOGRÁFICA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("En la Ciudad de México, siendo las diez horas del 5 de junio de 2020, se reunieron las personas integrantes del Espacio."),
        P("DESARROLLO DE LA SESIÓN", ParagraphRole.Heading),
    ];

    [Fact]
    public void The_executors_first_turn_is_the_report_and_the_other_turns_are_remarks_without_their_speaker()
    {
        var acta = Extract([.. Opening,
            P("EL C. PRESIDENTE, LIC. JORGE SALAS PEÑA.- Pasamos a la estrategia 310; en pantalla tienen la ficha."),
            P("Estrategia 310. Garantizar el acceso a comedores comunitarios"),
            P("Meta 310.1. Los comedores operan todo el año."),
            P("Instancia ejecutora: Secretaría de Inclusión y Bienestar Social"),
            P("EL C. PRESIDENTE, LIC. JORGE SALAS PEÑA.- Tiene la palabra la Secretaría."),
            P("LA C. LIC. ROSA PÉREZ LUNA, SECRETARÍA DE INCLUSIÓN Y BIENESTAR SOCIAL.- Operaron 412 comedores durante el semestre."),
            P("EL C. MTRO. JUAN DÍAZ, SECRETARÍA EJECUTIVA.- Es necesario desagregar las raciones por alcaldía."),
            P("LA C. ROSA PÉREZ LUNA, SECRETARÍA DE INCLUSIÓN Y BIENESTAR SOCIAL.- La desagregación se enviará por oficio."),
            P("Meta 310.2. Se capacita al personal de los comedores."),
            P("Instancia ejecutora: DIF-CDMX"),
            P("EL C. PRESIDENTE, LIC. JORGE SALAS PEÑA.- Para la meta 310.2 tampoco se recibió informe."),
            P("LA C. ANA GIL, DIF-CDMX.- Ofrecemos una disculpa; enviaremos la información."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El DIF-CDMX enviará su reporte de la meta 310.2."),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("310.1", ReportStatus.Reported, "Operaron 412 comedores durante el semestre."), ("310.2", ReportStatus.NotReported, null)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report)));
        Assert.Equal(
            [
                ("Es necesario desagregar las raciones por alcaldía.", FeedbackSection.Retroalimentacion, "310.1"),
                ("La desagregación se enviará por oficio.", FeedbackSection.Observacion, "310.1"),
                ("Ofrecemos una disculpa; enviaremos la información.", FeedbackSection.Observacion, "310.2"),
            ],
            strategy.Feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }

    [Fact]
    public void A_discussion_without_labels_is_one_remark_per_paragraph_on_the_goal_it_names_and_the_annex_gives_the_goals()
    {
        var acta = Extract([.. Opening,
            P("Estrategia 205 — Garantizar una defensa adecuada"),
            P("Respecto de la meta 205.1, la Secretaría Ejecutiva reconoció que se reportan datos duros."),
            P("Una organización pidió que, para la misma meta, se informe la carga de trabajo por persona defensora."),
            P("Sobre la meta 205.2, sin informe, se exhortó a la Defensoría a iniciar la evaluación."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Defensoría enviará su informe."),
            P("Anexo 1. Informes de las instancias ejecutoras"),
            new Table(
                [
                    new TableRow([new TableCell(0, 1, ["Estrategia"]), new TableCell(1, 1, ["Meta"]), new TableCell(2, 1, ["Instancia ejecutora"]), new TableCell(3, 1, ["Informe"])]),
                    new TableRow([new TableCell(0, 1, ["205. Garantizar una defensa adecuada"]), new TableCell(1, 1, ["205.1 Hay defensa desde la primera audiencia."]), new TableCell(2, 1, ["Defensoría Pública"]), new TableCell(3, 1, ["Se atendieron 6,912 audiencias."])]),
                    new TableRow([new TableCell(0, 1, [], ContinuesAbove: true), new TableCell(1, 1, ["205.2 Se evalúa la calidad de la defensa."]), new TableCell(2, 1, ["Defensoría Pública"]), new TableCell(3, 1, ["Sin informe al corte."])]),
                ],
                4, true, At()),
        ]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(["205.1", "205.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(
            [
                ("Respecto de la meta 205.1, la Secretaría Ejecutiva reconoció que se reportan datos duros.", "205.1"),
                ("Una organización pidió que, para la misma meta, se informe la carga de trabajo por persona defensora.", "205.1"),
                ("Sobre la meta 205.2, sin informe, se exhortó a la Defensoría a iniciar la evaluación.", "205.2"),
            ],
            strategy.Feedback.Select(f => (f.Text, f.Goal)));
    }
}
