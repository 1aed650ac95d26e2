using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Goals listed with their indicator and executor but no report, then a part of reports, one paragraph per reported goal led
/// by the goal it reports on ("En cuanto a la meta 701.1: …", "En relación con la meta 704.1, …"): each is its goal's report,
/// the lead left off, wherever it stands; the part's heading and lead-in are no report; a goal with no such paragraph was not
/// reported; a paragraph among the remarks stays a remark.
/// </summary>
public sealed class GoalLedReportsTests
{
    [Fact]
    public void A_paragraph_led_by_its_goal_is_that_goals_report()
    {
        var acta = Extract(
            P("Acta de la tercera sesión ordinaria del Espacio de Participación de Vivienda", ParagraphRole.Heading),
            P("Fecha: 3 de octubre de 2019"),
            P("Estrategia 701. Mejorar la vivienda en barrios de autoconstrucción", ParagraphRole.Heading),
            P("Meta 701.1. Otorgar créditos de mejoramiento."),
            P("Indicador: Número de créditos otorgados"),
            P("Instancia ejecutora: Instituto de Vivienda de la Ciudad de México"),
            P("Meta 701.2. Dar asesoría técnica a familias."),
            P("Indicador: Número de familias asesoradas"),
            P("Instancia ejecutora: Secretaría de Obras y Servicios"),
            P("Estrategia 704. Prevenir desalojos forzosos", ParagraphRole.Heading),
            P("Meta 704.1. Instalar una mesa de mediación."),
            P("Indicador: Número de sesiones de la mesa"),
            P("Instancia ejecutora: Secretaría de Gobierno"),
            P("III. Avances reportados", ParagraphRole.Heading),
            P("Las instancias expusieron lo realizado en el trimestre."),
            P("En relación con la meta 704.1, la Secretaría de Gobierno reportó que la mesa sesionó en 6 ocasiones."),
            P("En cuanto a la meta 701.1: El Instituto otorgó 96 créditos en Iztapalapa y Tláhuac."),
            P("IV. Retroalimentación", ParagraphRole.Heading),
            P("Sobre la meta 701.2. La Secretaría Ejecutiva pide al instituto que presente su avance."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. El instituto enviará el calendario de asesorías."));

        var goals = acta.Strategies.SelectMany(s => s.Goals).ToDictionary(g => g.Id!);
        Assert.Equal(["701.1", "701.2", "704.1"], goals.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((ReportStatus.Reported, "El Instituto otorgó 96 créditos en Iztapalapa y Tláhuac."), (goals["701.1"].ReportStatus, goals["701.1"].Report));
        Assert.Equal((ReportStatus.NotReported, null), (goals["701.2"].ReportStatus, goals["701.2"].Report));
        Assert.Equal((ReportStatus.Reported, "la Secretaría de Gobierno reportó que la mesa sesionó en 6 ocasiones."), (goals["704.1"].ReportStatus, goals["704.1"].Report));
        var byNumber = acta.Strategies.ToDictionary(s => s.Number);
        Assert.Contains(byNumber[701].Figures, f => f is { Value: 96, Goal: "701.1" });
        Assert.Contains(byNumber[704].Figures, f => f is { Value: 6, Goal: "704.1" });
    }

    [Fact]
    public void A_goal_label_under_a_report_heading_leads_a_report_and_the_strategy_line_may_run_on()
    {
        // A PDF reads a strategy's heading and its first goal's line as one paragraph.
        var acta = ExtractPdf(
            P("Acta de la quinta sesión ordinaria del Espacio de Participación de Movilidad", ParagraphRole.Heading),
            P("Fecha: 14 de mayo de 2021"),
            P("Estrategia 812. Mejorar la seguridad vial en los cruces escolares Meta 812.1. Instalar semáforos peatonales"),
            P("Indicador: Número de semáforos instalados"),
            P("Instancia ejecutora: Secretaría de Movilidad"),
            P("Meta 812.2. Balizar cruces escolares"),
            P("Instancia ejecutora: Secretaría de Obras y Servicios"),
            P("Informes de las instancias", ParagraphRole.Heading),
            P("Meta 812.1: La Secretaría de Movilidad instaló 14 semáforos peatonales."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. Se revisarán los cruces pendientes."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("812.1", ReportStatus.Reported, "La Secretaría de Movilidad instaló 14 semáforos peatonales."), ("812.2", ReportStatus.NotReported, null)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report)));
    }

    [Theory]
    [InlineData("Respecto de la meta 371.1. La Secretaría informó que emitió 312 gafetes.", false, "371.1", "La Secretaría informó que emitió 312 gafetes.")]
    [InlineData("Con relación a la meta 212.3 — Se entregaron 40 apoyos.", false, "212.3", "Se entregaron 40 apoyos.")]
    [InlineData("Meta 212.3: Se entregaron 40 apoyos.", true, "212.3", "Se entregaron 40 apoyos.")]
    public void The_lead_gives_the_goal_and_the_report(string text, bool underReportHeading, string goal, string report) =>
        Assert.Equal((goal, report), GoalLedReports.Report(text, underReportHeading));

    [Theory]
    [InlineData("Meta 212.3: Se entregaron 40 apoyos.")]
    [InlineData("La meta 212.3 se reportó en la sesión anterior.")]
    public void Other_paragraphs_lead_no_report(string text) => Assert.Null(GoalLedReports.Report(text, reportPart: false));

    [Theory]
    [InlineData("La Secretaría Ejecutiva reconoce el avance.", true)]
    [InlineData("Rosa Pérez Gil señaló que faltan datos por alcaldía.", true)]
    [InlineData("El Instituto informó que otorgó 96 créditos y señaló que faltan recursos.", false)]
    [InlineData("Se entregaron 40 apoyos a familias.", false)]
    public void A_remark_is_no_report(string text, bool remark) => Assert.Equal(remark, GoalLedReports.IsRemark(text));
}
