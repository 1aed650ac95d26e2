using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A goal's report under "Avance(s) informado(s):" (a bullet list of achievements or one line), a not-reported status
/// followed by its reason, and remarks tagged in front with who made them and the goal ("[SE · meta 401.1] …") or with
/// the goal alone ("Sobre 402.1: …").
/// </summary>
public sealed class InformedProgressTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("MINUTA DE LA CUARTA REUNIÓN DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: 9 de agosto de 2017"),
    ];

    [Fact]
    public void Informed_progress_bullets_are_the_report_and_bracketed_remarks_after_them_are_feedback()
    {
        var acta = Extract(
            [.. Opening,
            P("Estrategia 401 — Asegurar el abasto de agua en colonias con tandeo"),
            P("Meta 401.1 · Instalar cisternas comunitarias en colonias con tandeo"),
            P("Indicador: Número de cisternas instaladas"),
            P("Ente responsable: SACMEX"),
            P("Avances informados:"),
            P("Se instalaron 27 cisternas en 5 colonias."),
            P("Se repartieron 940 pipas en el semestre."),
            P("[SE · meta 401.1] El informe permite medir el indicador."),
            P("[Asamblea Vecinal de Santa Cruz · meta 401.1] La Asamblea cuestiona que las pipas lleguen sin horario."),
            P("Meta 401.2 · Reparar fugas en la red secundaria"),
            P("Indicador: Número de fugas reparadas"),
            P("Ente responsable: SACMEX"),
            P("Avances informados: Sin reporte: el Sistema de Aguas no envió información de esta meta en el periodo."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El SACMEX enviará el padrón de cisternas.")]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("Se instalaron 27 cisternas en 5 colonias. Se repartieron 940 pipas en el semestre.", strategy.Goals[0].Report);
        Assert.Equal("SACMEX", strategy.Goals[0].Executor);
        Assert.Equal([(27m, "cisternas"), (5m, "colonias"), (940m, "pipas")], strategy.Figures.Select(f => (f.Value, f.Unit)));
        Assert.Equal(
            [("El informe permite medir el indicador.", FeedbackSection.Retroalimentacion, "401.1"),
             ("La Asamblea cuestiona que las pipas lleguen sin horario.", FeedbackSection.Observacion, "401.1")],
            strategy.Feedback.Select(f => (f.Text, f.Section, f.Goal)));
    }

    [Fact]
    public void Achievements_listed_under_their_label_are_the_report()
    {
        var acta = Extract(
            [.. Opening,
            P("Estrategia 403. Llevar agua a las escuelas de la periferia"),
            P("Meta 403.1 — Instalar tomas en escuelas sin red"),
            P("Indicador: Número de escuelas con toma"),
            P("Responsable: SACMEX"),
            P("Logros alcanzados:"),
            P("Se conectaron 14 escuelas a la red."),
            P("Se atendieron 3,200 alumnas y alumnos."),
            P("Meta 403.2 — Dotar de cisternas a escuelas sin red"),
            P("Indicador: Número de cisternas"),
            P("Responsable: SACMEX"),
            P("Resultados reportados: Se colocaron 9 cisternas."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("El SACMEX enviará el padrón de escuelas.")]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([ReportStatus.Reported, ReportStatus.Reported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal(["Se conectaron 14 escuelas a la red. Se atendieron 3,200 alumnas y alumnos.", "Se colocaron 9 cisternas."], strategy.Goals.Select(g => g.Report));
    }

    [Fact]
    public void A_remark_opening_with_the_goal_it_is_about_names_that_goal_and_loses_the_tag()
    {
        var acta = Extract(
            [.. Opening,
            P("ESTRATEGIA 402. Garantizar agua potable en escuelas"),
            P("Meta 402.1.- Instalar bebederos en escuelas primarias"),
            P("\tIndicador: Número de bebederos instalados"),
            P("\tResponsable: SEDU"),
            P("\tAvance informado: Se instalaron 64 bebederos en 32 escuelas."),
            P("Meta 402.2.- Analizar la calidad del agua de los bebederos"),
            P("\tIndicador: Número de análisis realizados"),
            P("\tResponsable: SEDESA"),
            P("\tAvance informado: No presentó avance."),
            P("Comentarios de la Secretaría Ejecutiva:"),
            P("Sobre 402.1: Conviene desagregar los bebederos por alcaldía."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La SEDU enviará la lista de escuelas.")]);

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("Se instalaron 64 bebederos en 32 escuelas.", strategy.Goals[0].Report);
        var remark = Assert.Single(strategy.Feedback);
        Assert.Equal(("Conviene desagregar los bebederos por alcaldía.", "402.1"), (remark.Text, remark.Goal));
    }

    [Theory]
    [InlineData("Sin reporte: la Secretaría de Cultura no entregó información de esta meta en el trimestre.", true)]
    [InlineData("Sin reporte; la dependencia explicó que el área responsable cambió de titular durante el periodo.", true)]
    [InlineData("Sin reporte: se instalaron 12 cisternas por cuenta de la alcaldía.", false)]
    public void A_not_reported_status_followed_by_its_reason_says_there_is_no_report(string report, bool none) =>
        Assert.Equal(none, Actas.Pipeline.Extraction.StrategyInterpreter.SaysNotReported(report));
}
