using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A report label closed by a bare stop ("Informe. Se …") right after a goal's fields opens the goal's report; the same
/// words elsewhere stay prose (<see cref="StrategyLabelsTests"/>).
/// </summary>
public sealed class StoppedReportLabelTests
{
    [Fact]
    public void A_report_label_closed_by_a_stop_after_the_goal_fields_opens_the_report()
    {
        var acta = Extract(
            P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD", ParagraphRole.Heading),
            P("Ciudad de México, jueves 14 de marzo de 2019"),
            P("Estrategia 233. Hacer accesible el transporte público para personas con discapacidad"),
            P("Meta 233.1. Instalar rampas en los paraderos del corredor norte."),
            P("Indicador: Número de paraderos con rampa. Instancia responsable: Secretaría de Movilidad."),
            P("Informe. Se colocaron rampas en 26 paraderos del corredor."),
            P("Meta 233.2. Capacitar al personal de las unidades en trato digno."),
            P("Indicador: Número de operadores capacitados. Instancia responsable: Red de Transporte de Pasajeros."),
            P("Informe. No se presentó informe."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La Secretaría de Movilidad enviará el listado de paraderos."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("233.1", ReportStatus.Reported, "Se colocaron rampas en 26 paraderos del corredor.", "Secretaría de Movilidad"),
             ("233.2", ReportStatus.NotReported, null, "Red de Transporte de Pasajeros")],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report, g.Executor)));
        Assert.Equal([26m], strategy.Figures.Select(f => f.Value));
    }

    [Fact]
    public void A_report_label_set_apart_by_a_space_alone_after_the_goal_fields_opens_the_report()
    {
        // A description list: bold terms with hanging text and no colon ("Informe Se …"); "Informe sin informe" opens no sentence.
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA", ParagraphRole.Heading),
            P("Ciudad de México, martes 3 de julio de 2018"),
            P("Estrategia 418. Mejorar las viviendas de familias de bajos ingresos"),
            P("Meta 418.1 Otorgar créditos de mejoramiento de vivienda."),
            P("Indicador Número de créditos otorgados."),
            P("Responsable Instituto de Vivienda de la Ciudad de México."),
            P("Informe Se otorgaron 312 créditos en cuatro alcaldías."),
            P("Meta 418.2 Instalar calentadores solares en viviendas de interés social."),
            P("Indicador Número de calentadores instalados."),
            P("Informe sin informe"),
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El Instituto enviará la lista de alcaldías."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal(
            [("418.1", ReportStatus.Reported, "Se otorgaron 312 créditos en cuatro alcaldías."), ("418.2", ReportStatus.NotReported, null)],
            strategy.Goals.Select(g => (g.Id, g.ReportStatus, g.Report)));
        Assert.Contains(strategy.Figures, f => f.Value == 312m && f.Unit == "créditos");
    }
}
