using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A goal grid rebuilt from a PDF page one text line per row: the goal column's ids anchor the goals, the lines under
/// each join its cells; a Word table (no page box) keeps its rows.
/// </summary>
public sealed class SplitRowJoinerTests
{
    private static TableRow R(params string[] cells) => new(cells.Select((c, i) => new TableCell(i, 1, c.Split('¶'))).ToList());

    private static Acta Read(bool fromPdf) => Extract(
        P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading),
        P("Fecha: 6 de junio de 2023"),
        P("Estrategia 288. Garantizar el acceso a medicamentos"),
        new Table(
        [
            R("Meta", "Responsable", "Estado", "Informe", "Retroalimentación"),
            R("288.1¶Se abastecen los", "SEDESA", "☒ Reportó", "Se surtieron 126", "Falta saber cuántos"),
            R("", "", "", "", ""),
            R("centros de salud.", "", "", "centros de salud.", "centros siguen sin abasto."),
            R("Indicador: centros surtidos.¶288.2¶Se publica el", "Secretaría de", "☐ Reportó", "", "Se pide publicar el"),
            R("cuadro básico.", "Salud", "☒ No reportó", "", "cuadro en línea."),
            new TableRow([new TableCell(0, 5, ["Observaciones"])]),
            R("La SEDESA refiere que el cuadro está en revisión.", "", "", "", ""),
        ], 5, true, new SourceLocation(1, 40, Box: fromPdf ? new BoundingBox(50, 100, 560, 700) : null)),
        P("ACUERDOS", ParagraphRole.Heading),
        P("La SEDESA enviará el cuadro básico."));

    [Fact]
    public void Lines_of_a_pdf_goal_grid_join_into_their_goals()
    {
        var strategy = Assert.Single(Read(fromPdf: true).Strategies);

        Assert.Equal(["288.1", "288.2"], strategy.Goals.Select(g => g.Id));
        // The line above "288.2" in the goal cell ends goal 288.1 (an indicator line a PDF cell keeps in the goal's text).
        Assert.StartsWith("Se abastecen los centros de salud.", strategy.Goals[0].Text);
        Assert.Contains("centros surtidos", strategy.Goals[0].Text + strategy.Goals[0].Indicator);
        Assert.Equal("Se publica el cuadro básico.", strategy.Goals[1].Text);
        Assert.Equal("Secretaría de Salud", strategy.Goals[1].Executor);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
        Assert.Equal("Se surtieron 126 centros de salud.", strategy.Goals[0].Report);
        Assert.Equal(
            ["Falta saber cuántos centros siguen sin abasto.", "Se pide publicar el cuadro en línea.", "La SEDESA refiere que el cuadro está en revisión."],
            strategy.Feedback.Select(f => f.Text));
    }

    [Fact]
    public void A_word_tables_rows_are_its_authors()
    {
        var strategy = Assert.Single(Read(fromPdf: false).Strategies);

        Assert.True(strategy.Goals.Count > 2, "a Word table's line rows are not joined");
    }
}
