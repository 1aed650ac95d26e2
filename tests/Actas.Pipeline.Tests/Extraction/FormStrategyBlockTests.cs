using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A registration form filled in on the computer: the strategy, goal and agreement blocks keep their blanks around the
/// typed values, number their items "núm.", and label the text ("Título:", "Descripción:") and the fields under an
/// agreement ("Responsable: … Fecha compromiso: …").
/// </summary>
public sealed class FormStrategyBlockTests
{
    private static Acta Form(params LayoutBlock[] tail) => Extract(
    [
        P("FICHA DE SEGUIMIENTO DE LA SESIÓN"),
        P("Sesión número: ___4___ Tipo de sesión: ☒ Ordinaria ☐ Extraordinaria"),
        P("Fecha (dd/mm/aaaa): ___05/03/2024___ Hora de inicio: ___11:00___"),
        P("3. SEGUIMIENTO DE ESTRATEGIAS", ParagraphRole.Heading),
        P("Estrategia núm.: ___702___  Título: Ampliar la red de bibliotecas comunitarias"),
        P("Meta núm.: ___702.1___  Descripción: Abrir bibliotecas en los barrios que no tienen una"),
        P("Indicador: Número de bibliotecas abiertas"),
        P("Instancia responsable: ___SECULT___"),
        P("¿Presentó informe?  ☐ Sí   ☒ No"),
        P("Informe (transcribir lo reportado):"),
        P("____________________________________________"),
        P("Retroalimentación de la SE:"),
        P("Se pide a la instancia que envíe su informe antes de la siguiente sesión."),
        .. tail,
    ]);

    [Fact]
    public void A_form_strategy_block_reads_through_its_blanks_and_labels()
    {
        var acta = Form();

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal((702, "Ampliar la red de bibliotecas comunitarias"), (strategy.Number, strategy.Title));
        var goal = Assert.Single(strategy.Goals);
        Assert.Equal(("702.1", "Abrir bibliotecas en los barrios que no tienen una", "SECULT", ReportStatus.NotReported),
            (goal.Id, goal.Text, goal.Executor, goal.ReportStatus));
        Assert.Null(goal.Report);
    }

    [Fact]
    public void A_form_agreement_takes_its_responsible_and_due_date_from_the_field_line()
    {
        var acta = Form(
            P("4. ACUERDOS", ParagraphRole.Heading),
            P("Acuerdo 1:"),
            P("La SECULT enviará el listado de barrios a la Secretaría Ejecutiva."),
            P("Responsable: ___SECULT___ Fecha compromiso: ___22/03/2024___"),
            P("Acuerdo 2:"),
            P("La Secretaría Ejecutiva circulará la minuta."),
            P("Responsable: ___Secretaría Ejecutiva___ Fecha compromiso: ___15/03/2024___"));

        Assert.Equal(
            [("La SECULT enviará el listado de barrios a la Secretaría Ejecutiva.", "SECULT", "2024-03-22"),
             ("La Secretaría Ejecutiva circulará la minuta.", "Secretaría Ejecutiva", "2024-03-15")],
            acta.Agreements.Select(a => (a.Text, a.Responsible, Assert.Single(a.Dates))));
    }

    [Fact]
    public void Fields_after_an_agreement_in_the_same_paragraph_complete_it()
    {
        var acta = Form(
            P("4. ACUERDOS", ParagraphRole.Heading),
            P("La SECULT enviará el listado de barrios. Responsable: SECULT Fecha compromiso: 22/03/2024"));

        var agreement = Assert.Single(acta.Agreements);
        Assert.Equal(("La SECULT enviará el listado de barrios.", "SECULT", "2024-03-22"), (agreement.Text, agreement.Responsible, Assert.Single(agreement.Dates)));
    }
}
