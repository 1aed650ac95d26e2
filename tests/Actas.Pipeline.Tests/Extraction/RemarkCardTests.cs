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
}
