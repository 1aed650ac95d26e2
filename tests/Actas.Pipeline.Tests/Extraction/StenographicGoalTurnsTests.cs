using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A stenographic version where the chair reads each goal out ("La meta 230.1 dice: «…». El indicador es: «…»."), the person
/// given the floor reads the report in the paragraphs after "Doy lectura al informe:", the chair announces the secretariat's
/// remark and asks for observations, and the agreements are read out inside a speaker's turn and put to the vote.
/// </summary>
public sealed class StenographicGoalTurnsTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("VERSIÓN ESTENOGRÁFICA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading),
        P("Ciudad de México, miércoles 12 de junio de 2019"),
        P("LA C. COORDINADORA.- Buenos días. Pasamos al seguimiento de las estrategias."),
        P("LA C. COORDINADORA.- Revisamos la estrategia 230, «Ampliar la atención primaria en las colonias del oriente»."),
        P("LA C. COORDINADORA.- La meta 230.1 dice: «Abrir centros de salud con horario extendido». El indicador es: «Centros abiertos en el año». La instancia responsable es la Secretaría de Salud. Tiene la palabra la doctora Irene Campos."),
        P("LA C. DRA. IRENE CAMPOS VELA.- Gracias. Doy lectura al informe de la meta:"),
        P("En el año se abrieron 6 centros de salud con horario extendido."),
        P("Además se contrataron 40 médicos generales."),
        P("LA C. COORDINADORA.- La retroalimentación de la Secretaría Ejecutiva para esta meta es la siguiente:"),
        P("El informe no dice en qué alcaldías se abrieron los centros."),
        P("LA C. COORDINADORA.- ¿Alguna observación sobre esta meta? Adelante."),
        P("EL C. TOMÁS ÁVILA RUEDA.- La meta 230.1 debería medir también las consultas atendidas."),
    ];

    private static readonly LayoutBlock[] Agreements =
    [
        P("LA C. COORDINADORA.- Le pido a la Secretaría Técnica que dé lectura a los acuerdos."),
        P("EL C. LIC. RAÚL SOTO VEGA.- Acuerdos de la Quinta Sesión Ordinaria:"),
        P("Primero.- La Secretaría de Salud enviará la lista de los centros abiertos."),
        P("Segundo.- La Sexta Sesión Ordinaria se celebrará el miércoles 10 de julio a las 10:00 horas."),
        P("LA C. COORDINADORA.- Quienes estén por la afirmativa, sírvanse manifestarlo."),
        P("(Votación)"),
        P("LA C. COORDINADORA.- Aprobados por unanimidad. Se levanta la sesión."),
    ];

    [Fact]
    public void A_goal_read_out_by_the_chair_gives_its_text_and_its_executor_up_to_the_sentence_end()
    {
        var goal = Assert.Single(Assert.Single(Extract([.. Opening, .. Agreements]).Strategies).Goals);

        Assert.Equal("230.1", goal.Id);
        Assert.Equal("Abrir centros de salud con horario extendido", goal.Text);
        Assert.Equal("Centros abiertos en el año", goal.Indicator);
        Assert.Equal("Secretaría de Salud", goal.Executor);
    }

    [Fact]
    public void The_paragraphs_after_a_turn_announcing_the_report_are_the_report()
    {
        var strategy = Assert.Single(Extract([.. Opening, .. Agreements]).Strategies);
        var goal = Assert.Single(strategy.Goals);

        Assert.Equal(ReportStatus.Reported, goal.ReportStatus);
        Assert.Equal("En el año se abrieron 6 centros de salud con horario extendido. Además se contrataron 40 médicos generales.", goal.Report);
        Assert.Equal([6m, 40m], strategy.Figures.Select(f => f.Value));
    }

    [Fact]
    public void The_chair_announcing_the_remark_and_asking_for_observations_sorts_the_remarks()
    {
        var strategy = Assert.Single(Extract([.. Opening, .. Agreements]).Strategies);

        Assert.Equal(
            [("El informe no dice en qué alcaldías se abrieron los centros.", FeedbackSection.Retroalimentacion),
             ("La meta 230.1 debería medir también las consultas atendidas.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Text, f.Section)));
    }

    [Fact]
    public void Agreements_read_out_in_a_turn_end_with_the_next_turn()
    {
        var acta = Extract([.. Opening, .. Agreements]);

        Assert.Equal(
            ["La Secretaría de Salud enviará la lista de los centros abiertos.",
             "La Sexta Sesión Ordinaria se celebrará el miércoles 10 de julio a las 10:00 horas."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2019-07-10", acta.NextSession?.Date);
    }

    [Fact]
    public void A_report_named_then_not_given_is_no_report()
    {
        var acta = Extract(
        [
            .. Opening[..4],
            P("LA C. COORDINADORA.- La meta 230.2 dice: «Vacunar a la población infantil». El indicador es: «Dosis aplicadas». La instancia responsable es la Secretaría de Salud. La Secretaría de Salud informó que su reporte sigue en revisión interna y no lo presentó."),
            P("LA C. COORDINADORA.- La retroalimentación de la Secretaría Ejecutiva para esta meta es la siguiente:"),
            P("Se pide traer el reporte a la siguiente sesión."),
            .. Agreements,
        ]);

        var goal = Assert.Single(Assert.Single(acta.Strategies).Goals);
        Assert.Equal(ReportStatus.NotReported, goal.ReportStatus);
        Assert.Null(goal.Report);
    }

    [Fact]
    public void A_numbered_agreement_tag_is_no_speaker_and_does_not_end_the_list()
    {
        var acta = Extract(
        [
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN", ParagraphRole.Heading),
            P("Ciudad de México, 3 de abril de 2019"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("ACUERDO EP-SAL/04/01.- La Secretaría Ejecutiva enviará la minuta."),
            P("ACUERDO EP-SAL/04/02.- La Secretaría de Salud presentará su informe."),
        ]);

        Assert.Equal(2, acta.Agreements.Count);
    }
}
