using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A goal card of a two-language web page: its remarks under a label in two languages ("Tlatlahtolli · Comentarios"), each a
/// quote signed after a dash; a body that "no asistió y no mandó informe" did not report.
/// </summary>
public sealed class BilingualRemarkLabelTests
{
    [Fact]
    public void Quoted_remarks_under_a_two_language_label_are_read_and_kept_apart_from_the_report()
    {
        var acta = Extract(
            P("Ic chicome nechicoliztli · Séptima reunión ordinaria del Espacio de Participación"),
            P("Tonalli · Fecha: 3 de marzo de 2020"),
            P("Tequitl · Seguimiento de estrategias y metas"),
            P("Estrategia 905 — Difundir la toponimia original de los barrios"),
            P("Meta 905.1"),
            P("Colocar placas bilingües en las calles de los barrios"),
            P("Indicador: Número de placas colocadas"),
            P("Responsable: Alcaldía Tláhuac"),
            P("Informe: Se colocaron 120 placas en 4 barrios."),
            P("Tlatlahtolli · Comentarios"),
            P("«Se reconoce el avance; falta la traducción revisada por la comunidad.» — Secretaría Ejecutiva"),
            P("«Las placas de San Andrés traen errores de escritura.» — Jacinto Pérez Olvera, Comisión de Vecinos de San Andrés"),
            P("Meta 905.2"),
            P("Editar un mapa de los nombres originales"),
            P("Indicador: Mapa publicado"),
            P("Responsable: Secretaría de Cultura"),
            P("Informe: La Secretaría de Cultura no asistió y no mandó informe."),
            P("Tlanahuatilli · Acuerdos"),
            P("1. La Alcaldía corregirá las placas con errores."));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal("Se colocaron 120 placas en 4 barrios.", strategy.Goals[0].Report);
        Assert.Equal(ReportStatus.NotReported, strategy.Goals[1].ReportStatus);
        Assert.Collection(strategy.Feedback,
            f => Assert.Equal((FeedbackSection.Retroalimentacion, "Se reconoce el avance; falta la traducción revisada por la comunidad."), (f.Section, f.Text)),
            f => Assert.Equal((FeedbackSection.Observacion, "Las placas de San Andrés traen errores de escritura."), (f.Section, f.Text)));
    }

    [Fact]
    public void A_lower_case_word_a_line_wrapped_alone_is_no_label()
    {
        Assert.Null(StrategyLabels.Read("informe."));
        Assert.Equal(StrategyField.Report, StrategyLabels.Read("Informe:")?.Field);
        Assert.Equal(StrategyField.Feedback, StrategyLabels.Read("Tlatlahtolli · Comentarios")?.Field);
    }
}
