using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A remark or agreement cut mid-sentence into several paragraphs (a PDF's lines, an Enter pressed inside a sentence) is one
/// item; a printed list number ("1.", "b)", "c.") is not part of its text.
/// </summary>
public sealed class RemarkContinuationTests
{
    [Theory]
    [InlineData("Falta saber cuántas brigadas se", "instalaron en cada alcaldía.", true)]
    [InlineData("Se pide que la", "Secretaría de Salud entregue el padrón.", true)]
    [InlineData("Se pide el padrón de beneficiarias.", "la SEDESA lo enviará.", false)]
    [InlineData("Falta desagregar por sexo", "Se reconoce el avance del programa.", false)]
    [InlineData("Observación general:", "se aprobó el calendario.", false)]
    public void A_paragraph_goes_on_with_the_sentence_before_it_when_that_one_is_left_open(string before, string next, bool continues) =>
        Assert.Equal(continues, StrategyInterpreter.ContinuesSentence(before, next));

    /// <summary>An acta up to the feedback label of its one goal.</summary>
    private static readonly LayoutBlock[] Goal288 =
    [
        P("MINUTA DE LA QUINTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA SALUD", ParagraphRole.Heading),
        P("Fecha: 4 de abril de 2022"),
        P("Estrategia 288. Garantizar el acceso a medicamentos"),
        P("Meta 288.1 Se abastecen los centros de salud."),
        P("Informe: Se surtieron 126 centros de salud."),
        P("Retroalimentación:"),
    ];

    [Fact]
    public void Feedback_lines_cut_mid_sentence_join_into_their_remarks()
    {
        var acta = Extract(
            [.. Goal288,
            P("Falta saber cuántos centros quedaron sin"),
            P("abasto al cierre del semestre."),
            P("Se pide que la"),
            P("Secretaría de Salud entregue el padrón de farmacias."),
            P("Se reconoce el avance."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La SEDESA enviará el padrón.")]);

        Assert.Equal(
            ["Falta saber cuántos centros quedaron sin abasto al cierre del semestre.", "Se pide que la Secretaría de Salud entregue el padrón de farmacias.", "Se reconoce el avance."],
            Assert.Single(acta.Strategies).Feedback.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Conviene que la •", "Alcaldía publique el padrón.", true)]
    [InlineData("Se reconoce el trabajo •", "Falta el dato por colonia.", false)]
    public void A_bullet_glyph_left_at_a_cut_line_end_does_not_close_the_sentence(string before, string next, bool continues) =>
        Assert.Equal(continues, StrategyInterpreter.ContinuesSentence(before, next));

    [Fact]
    public void A_remark_the_page_foot_cut_goes_on_in_the_first_remark_of_the_next_page()
    {
        var acta = ExtractPdf(
            [.. Goal288,
            new Paragraph("Se sugiere que el informe se envíe antes a la Comisión", ParagraphRole.Body, At(1)),
            new PageBreak(At(2)),
            new Paragraph("Nacional de Arbitraje Médico para su revisión.", ParagraphRole.Body, At(2)),
            new Paragraph("Se reconoce el avance en el abasto.", ParagraphRole.Body, At(2)),
            new PageBreak(At(3)),
            new Paragraph("Falta el desglose por alcaldía.", ParagraphRole.Body, At(3)),
            P("ACUERDOS", ParagraphRole.Heading),
            P("La SEDESA enviará el padrón.")]);

        Assert.Equal(
            ["Se sugiere que el informe se envíe antes a la Comisión Nacional de Arbitraje Médico para su revisión.", "Se reconoce el avance en el abasto.", "Falta el desglose por alcaldía."],
            Assert.Single(acta.Strategies).Feedback.Select(f => f.Text));
    }

    [Fact]
    public void Printed_list_numbers_are_not_part_of_remarks_or_agreements_and_a_cut_agreement_is_one()
    {
        var acta = Extract(
            [.. Goal288,
            P("1. Se reconoce el avance en el abasto."),
            P("b) Falta el dato de 1.5 millones de recetas surtidas."),
            P("ACUERDOS", ParagraphRole.Heading),
            P("a. La SEDESA enviará el padrón de farmacias."),
            P("b. La próxima sesión se celebrará, en la sala del Espacio, el"),
            P("jueves 12 de mayo de 2022 a las 10:00 horas.")]);

        Assert.Equal(["Se reconoce el avance en el abasto.", "Falta el dato de 1.5 millones de recetas surtidas."], Assert.Single(acta.Strategies).Feedback.Select(f => f.Text));
        Assert.Equal(
            ["La SEDESA enviará el padrón de farmacias.", "La próxima sesión se celebrará, en la sala del Espacio, el jueves 12 de mayo de 2022 a las 10:00 horas."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal("2022-05-12", acta.NextSession?.Date);
    }
}
