using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A session kept as a log of interventions (clock | who | what was said): each turn reads as what it says, a lead naming a
/// goal says whether it is the goal's report or a remark, and a turn announcing agreements opens them.
/// </summary>
public sealed class InterventionLogTests
{
    private const string Se = "Lic. Omar Velasco Ruiz (Secretaría Ejecutiva del Mecanismo de Seguimiento)";
    private const string Sacmex = "Ing. Julia Rendón Paz (Sistema de Aguas de la Ciudad de México)";

    [Fact]
    public void Turns_of_a_log_give_reports_remarks_and_agreements()
    {
        var acta = Extract(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 9 de marzo de 2022"),
            P("Bitácora de la sesión", ParagraphRole.Heading),
            T(
                ["Hora", "Orador", "Participación"],
                ["11:05", Se, "Expone la estrategia 604. Abastecer de agua a colonias sin red.\nMeta 604.1. Instalar cisternas comunitarias. Indicador: Número de cisternas. Responsable: Sistema de Aguas de la Ciudad de México.\nMeta 604.2. Reparar fugas en la red secundaria. Indicador: Número de fugas reparadas. Responsable: Sistema de Aguas de la Ciudad de México."],
                ["11:12", Sacmex, "Reporta respecto de la meta 604.1: Se instalaron 58 cisternas comunitarias en Iztapalapa."],
                ["11:20", Se, "Acerca de la meta 604.2: El Sistema de Aguas no envió informe."],
                ["11:24", Se, "Comenta sobre la meta 604.1: Conviene informar cuántas familias usan cada cisterna."],
                ["11:31", "Rosa Pineda Luna (Colectivo Agua Digna)", "Comenta sobre la meta 604.1: Las pipas siguen llegando una vez por semana."],
                ["11:40", "Coordinación", "Quedan los compromisos siguientes:\na) El Sistema de Aguas enviará el padrón de cisternas.\nb) La Secretaría Ejecutiva pedirá el informe de fugas."]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(604, strategy.Number);
        Assert.Equal(["604.1", "604.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(ReportStatus.Reported, strategy.Goals[0].ReportStatus);
        Assert.Equal("Se instalaron 58 cisternas comunitarias en Iztapalapa.", strategy.Goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, strategy.Goals[1].ReportStatus);
        Assert.Equal(
            [("Conviene informar cuántas familias usan cada cisterna.", FeedbackSection.Retroalimentacion, "604.1"), ("Las pipas siguen llegando una vez por semana.", FeedbackSection.Observacion, "604.1")],
            strategy.Feedback.Select(f => (f.Text, f.Section, f.Goal)));
        Assert.Equal(
            ["El Sistema de Aguas enviará el padrón de cisternas.", "La Secretaría Ejecutiva pedirá el informe de fugas."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_log_over_two_pages_drops_the_repeated_header_and_the_footer_between()
    {
        var acta = ExtractPdf(
            P("MINUTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
            P("Fecha: 9 de marzo de 2022"),
            T(
                ["Participante", "Intervención"],
                [Se, "Expone la estrategia 604. Abastecer de agua a colonias sin red.\nMeta 604.1. Instalar cisternas comunitarias. Indicador: Número de cisternas. Responsable: Sistema de Aguas de la Ciudad de México."],
                [Sacmex, "Informa sobre la meta 604.1: Se instalaron 58 cisternas comunitarias."]),
            P("Minuta · página 1 de 2"),
            T(
                ["Participante", "Intervención"],
                ["Rosa Pineda Luna (Colectivo Agua Digna)", "Observación sobre la meta 604.1: Las pipas siguen llegando una vez por semana."]));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal("Se instalaron 58 cisternas comunitarias.", Assert.Single(strategy.Goals).Report);
        var remark = Assert.Single(strategy.Feedback);
        Assert.Equal(("Las pipas siguen llegando una vez por semana.", FeedbackSection.Observacion), (remark.Text, remark.Section));
    }
}
