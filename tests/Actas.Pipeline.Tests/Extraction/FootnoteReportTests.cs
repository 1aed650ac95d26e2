using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>A legal acta that transcribes each goal's report in a footnote: a note naming the goal is its report, any other note is no content.</summary>
public sealed class FootnoteReportTests
{
    [Fact]
    public void A_note_that_reports_a_named_goal_is_that_goals_report()
    {
        var acta = Extract(
            P("ACTA DE LA V SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS MAYORES", ParagraphRole.Heading),
            P("DESARROLLO DE LA SESIÓN", ParagraphRole.Heading),
            P("Estrategia 204. Ampliar la atención gerontológica en los centros comunitarios."),
            P("En relación con la meta 204.1, «Abrir consultorios gerontológicos en los centros comunitarios», cuyo indicador es «Número de consultorios abiertos», la Secretaría de Inclusión presentó el informe que se transcribe al pie."),
            P("En relación con la meta 204.2, «Capacitar a personas cuidadoras», cuyo indicador es «Número de personas capacitadas», la Secretaría de Salud presentó el informe que se transcribe al pie."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La Secretaría de Salud enviará su padrón de personas cuidadoras."),
            Note("Informe de la Secretaría de Inclusión, meta 204.1: Se abrieron 17 consultorios en las alcaldías del oriente."),
            Note("Véase el Diagnóstico de Salud 2016, p. 41."));

        var goals = Assert.Single(acta.Strategies).Goals;
        Assert.Equal("Se abrieron 17 consultorios en las alcaldías del oriente.", goals[0].Report);
        Assert.Equal(ReportStatus.Reported, goals[0].ReportStatus);
        Assert.Null(goals[1].Report);
        Assert.DoesNotContain(acta.Agreements, a => a.Text.Contains("Diagnóstico", StringComparison.Ordinal));
    }

    private static Paragraph Note(string text) => new(text, ParagraphRole.Body, At() with { Region = DocumentRegion.Footnote });
}
