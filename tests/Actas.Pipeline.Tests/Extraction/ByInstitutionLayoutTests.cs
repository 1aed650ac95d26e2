using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes organised by institution: a caption per institution, then a one-cell table holding a nested
/// label | value table per goal (the reader gives one "Label | value" paragraph per nested row), strategies interleaving.
/// </summary>
public sealed class ByInstitutionLayoutTests
{
    private static Table Nested(params string[] paragraphs) =>
        new([new TableRow([new TableCell(0, 1, paragraphs)])], 1, true, At());

    [Fact]
    public void A_nested_label_value_table_per_goal_is_read_as_its_goal_and_the_next_caption_is_not_feedback()
    {
        var acta = Extract(
        [
            P("11a. Sesión Ordinaria del Espacio de Participación de los Derechos de las Personas LGBTTTI", ParagraphRole.Heading),
            P("Fecha: 09/06/2022"),
            P("Informes por dependencia", ParagraphRole.Heading),
            P("Consejo para Prevenir y Eliminar la Discriminación (COPRED)"),
            Nested(
                "Estrategia | 205 Prevenir la discriminación laboral",
                "Meta | 205.1 Se atienden las quejas",
                "Responsable | COPRED",
                "Avance reportado | Se recibieron 48 quejas.",
                "Retroalimentación | El informe presenta datos desagregados.",
                "Se sugiere precisar cuántas se concluyeron."),
            P("Observaciones de sociedad civil y de la instancia:"),
            P("La Colectiva solicita el número de quejas concluidas."),
            P("Fiscalía General de Justicia (FGJCDMX)"),
            Nested(
                "Estrategia | 207 Garantizar el acceso a la salud",
                "Meta | 207.2 Se capacita al personal",
                "Responsable | FGJCDMX",
                "Avance reportado | Sin reporte"),
            P("Acuerdos y compromisos", ParagraphRole.Heading),
            P("Se enviará la información."),
        ]);

        Assert.Equal([205, 207], acta.Strategies.Select(s => s.Number));
        var first = acta.Strategies[0];
        Assert.Equal(("205.1", "COPRED", ReportStatus.Reported), (first.Goals[0].Id, first.Goals[0].ExecutorKey, first.Goals[0].ReportStatus));
        Assert.Equal(
            ["El informe presenta datos desagregados.", "Se sugiere precisar cuántas se concluyeron.", "La Colectiva solicita el número de quejas concluidas."],
            first.Feedback.Select(f => f.Text));
        Assert.Equal(ReportStatus.NotReported, Assert.Single(acta.Strategies[1].Goals).ReportStatus);
    }
}
