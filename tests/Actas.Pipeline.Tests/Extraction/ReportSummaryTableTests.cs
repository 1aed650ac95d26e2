using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Xunit;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A closing table that answers goal by goal whether the report came ("Meta | Responsable | ¿Rindió informe?", "Informe
/// entregado: Sí / No") lists no goals of its own: "No" leaves a goal not reported, "Sí" makes a goal with no report text
/// reported, and a report read in the acta stands whatever the table says.
/// </summary>
public sealed class ReportSummaryTableTests
{
    [Fact]
    public void A_yes_no_report_column_sets_the_status_of_goals_listed_above()
    {
        var acta = Extract(
            P("Acta de la segunda sesión ordinaria del Espacio de Participación de Cultura", ParagraphRole.Heading),
            P("Fecha: 9 de junio de 2020"),
            P("Estrategia 615. Ampliar la oferta cultural comunitaria", ParagraphRole.Heading),
            P("Meta 615.1. Abrir talleres de artes en faros."),
            P("Instancia ejecutora: Secretaría de Cultura"),
            P("Informe: Se abrieron 18 talleres."),
            P("Meta 615.2. Publicar una cartelera mensual."),
            P("Instancia ejecutora: Secretaría de Cultura"),
            P("Meta 615.3. Capacitar a promotores culturales."),
            P("Instancia ejecutora: Alcaldía Tlalpan"),
            P("Informe: Se capacitó a 25 promotores."),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Cultura enviará la cartelera."),
            P("Concentrado de entregas", ParagraphRole.Heading),
            T(["Clave", "Meta", "Responsable", "¿Rindió informe?"],
              ["615", "615.1", "Secretaría de Cultura", "Sí"],
              ["615", "615.2", "Secretaría de Cultura", "Sí"],
              ["615", "615.3", "Alcaldía Tlalpan", "No"]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("615.1", ReportStatus.Reported, "Se abrieron 18 talleres."), ("615.2", ReportStatus.Reported, null), ("615.3", ReportStatus.Reported, "Se capacitó a 25 promotores.")],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report)));
        Assert.Equal(ReportStatus.Reported, strategy.ReportStatus);
    }

    [Fact]
    public void A_delivered_report_column_after_the_agreements_adds_no_goals()
    {
        var acta = Extract(
            P("Acta de la cuarta sesión ordinaria del Espacio de Participación de Agua", ParagraphRole.Heading),
            P("Fecha: 2 de marzo de 2023"),
            P("Estrategia 530. Garantizar el abasto de agua en colonias con tandeo", ParagraphRole.Heading),
            P("Meta 530.1. Instalar cisternas comunitarias."),
            P("Indicador: Número de cisternas instaladas"),
            P("Informe: Se instalaron 12 cisternas."),
            P("Meta 530.2. Repartir agua en pipas sin costo."),
            P("Indicador: Número de viajes de pipa"),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. Se dará seguimiento a las pipas."),
            T(["Estrategia", "Meta", "Instancia ejecutora", "Informe entregado"],
              ["530", "Meta 530.1", "Sistema de Aguas de la Ciudad de México", "Sí"],
              ["530", "Meta 530.2", "Alcaldía Iztapalapa", "No"]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("530.1", ReportStatus.Reported, "Se instalaron 12 cisternas."), ("530.2", ReportStatus.NotReported, null)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report)));
        Assert.Equal(ReportStatus.Partial, strategy.ReportStatus);
    }
}
