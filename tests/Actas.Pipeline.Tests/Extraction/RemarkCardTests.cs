using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Remarks as boards and forms print them: each remark under its own label in one cell; a comment's head printed as the
/// author's name and the kind with nothing between ("Name Surname Retroalimentación SE") or with a dash before the label
/// ("Name Surname — Observación: …"); an agreement card after the comments; a board's "+ Agregar…" button and a form's
/// unfilled prompt. Only the remarks are feedback, without their labels or heads.
/// </summary>
public sealed class RemarkCardTests
{
    [Fact]
    public void Each_remark_under_its_own_label_in_one_cell_loses_its_label()
    {
        var strategy = Assert.Single(Extract(
            P("MINUTA DE LA TERCERA SESIÓN DEL ESPACIO DE PARTICIPACIÓN DE HUERTOS URBANOS", ParagraphRole.Heading),
            P("Fecha: 14 de junio de 2023"),
            T(["Estrategia", "Meta", "Descripción de la meta", "Indicador", "Responsable"],
              ["Estrategia 604\nImpulsar los huertos comunitarios", "604.1", "Instalar huertos en escuelas públicas", "Número de huertos instalados", "Secretaría del Medio Ambiente"],
              ["", "Informe: Se instalaron 17 huertos escolares."],
              ["", "Retroalimentación SE: Se reconoce el número de huertos instalados.\nRetroalimentación SE: Falta decir cuántas escuelas los siguen cuidando.\nOfelia Garduño Paz: Los huertos del sur no tienen agua."]),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría del Medio Ambiente enviará el padrón de huertos.")).Strategies);

        Assert.Equal(
            ["Se reconoce el número de huertos instalados.", "Falta decir cuántas escuelas los siguen cuidando.", "Los huertos del sur no tienen agua."],
            strategy.Feedback.Select(f => f.Text));
        Assert.All(strategy.Feedback.Take(2), f => Assert.Equal(FeedbackSection.Retroalimentacion, f.Section));
    }

    [Theory]
    [InlineData("Rebeca Olguín de la Rosa Retroalimentación SE", StrategyField.Feedback)]
    [InlineData("Teodoro Ibarra Nieto Observación", StrategyField.Observation)]
    [InlineData("Informe Anual Observación", null)]
    [InlineData("Acciones Realizadas Observaciones", null)]
    [InlineData("Se revisó la Observación", null)]
    [InlineData("Secretaría Ejecutiva Retroalimentación", null)]
    public void A_name_then_a_remark_label_alone_reads_as_the_kind(string line, StrategyField? field) =>
        Assert.Equal(field, StrategyLabels.NameThenKind(line));

    [Fact]
    public void Comment_heads_after_a_report_open_the_remarks_and_an_agreement_card_ends_them()
    {
        var strategy = Assert.Single(ExtractPdf(
            P("MINUTA DE LA QUINTA SESIÓN DEL ESPACIO DE PARTICIPACIÓN DE PERSONAS ARTESANAS", ParagraphRole.Heading),
            P("Fecha: 9 de mayo de 2023"),
            P("Estrategia 417. Fomentar la venta directa de artesanías", ParagraphRole.Heading),
            P("Meta 417.1 Instalar corredores artesanales en plazas públicas"),
            P("Responsable: Secretaría de Cultura"),
            P("Informe: Se instalaron 4 corredores con 96 puestos."),
            P("Rebeca Olguín de la Rosa Retroalimentación SE"),
            P("Se pide informar cuántas personas artesanas indígenas tienen puesto."),
            P("Teodoro Ibarra Nieto Observación"),
            P("Los puestos de la plaza de Tlalpan no tienen sombra."),
            P("+ Añadir tarjeta"),
            P("Compromiso"),
            P("Compromiso 2.1", ParagraphRole.Heading),
            P("30/06/2023 Secretaría de Cultura"),
            P("La Secretaría de Cultura publicará el calendario de corredores."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría de Cultura enviará el padrón de puestos.")).Strategies);

        Assert.Equal("Se instalaron 4 corredores con 96 puestos.", Assert.Single(strategy.Goals).Report);
        Assert.Equal(
            [("Se pide informar cuántas personas artesanas indígenas tienen puesto.", FeedbackSection.Retroalimentacion),
             ("Los puestos de la plaza de Tlalpan no tienen sombra.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Text, f.Section)));
    }

    [Fact]
    public void A_name_and_a_dash_before_the_remark_label_is_no_remark()
    {
        var strategy = Assert.Single(Extract(
            P("MINUTA DE LA CUARTA SESIÓN DEL ESPACIO DE PARTICIPACIÓN DE MERCADOS PÚBLICOS", ParagraphRole.Heading),
            P("Fecha: 2 de agosto de 2022"),
            T(["Meta 552.1\nEstrategia 552: Rehabilitar los mercados públicos\nMeta: Cambiar las instalaciones eléctricas de los mercados\n" +
               "Responsable: Secretaría de Desarrollo Económico\nInforme: Se cambiaron las instalaciones de 9 mercados.\nComentarios\n" +
               "Aurelio Campos Vega — Retroalimentación SE: Falta decir qué mercados se atendieron.\n" +
               "Inés Robledo Mares — Observación: En el mercado de Tepito siguen los apagones."]),
            P("Acuerdos", ParagraphRole.Heading),
            P("1. La Secretaría de Desarrollo Económico enviará la lista de mercados.")).Strategies);

        Assert.Equal(
            [("Falta decir qué mercados se atendieron.", FeedbackSection.Retroalimentacion),
             ("En el mercado de Tepito siguen los apagones.", FeedbackSection.Observacion)],
            strategy.Feedback.Select(f => (f.Text, f.Section)));
    }

    [Fact]
    public void An_unfilled_prompt_under_a_remarks_label_is_no_remark()
    {
        var strategy = Assert.Single(ExtractPdf(
            P("MINUTA DE LA SEGUNDA SESIÓN DEL ESPACIO DE PARTICIPACIÓN DE CICLOVÍAS", ParagraphRole.Heading),
            P("Fecha: 8 de marzo de 2021"),
            P("Estrategia 733. Ampliar la red de ciclovías", ParagraphRole.Heading),
            T(["Meta", "Informe", "Comentarios del Espacio"],
              ["Meta 733.1: Construir ciclovías confinadas en avenidas primarias.", "Se construyeron 12 kilómetros.", "Se pide el trazo de cada tramo."],
              ["Observaciones: Haga clic aquí para escribir texto."]),
            P("COMPROMISOS", ParagraphRole.Heading),
            P("1. La Secretaría de Movilidad enviará el trazo.")).Strategies);

        Assert.Equal(["Se pide el trazo de cada tramo."], strategy.Feedback.Select(f => f.Text));
    }
}
