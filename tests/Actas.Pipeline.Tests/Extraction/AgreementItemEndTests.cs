using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Where a typed numbered item of the agreements ends when the next paragraph bears no number: the signer's name alone (a scan
/// whose OCR kept neither the signature line nor the post), a paragraph the format numbered, the first line of the next page, a
/// fax machine's transmission line. None of them is the finished item's next line.
/// </summary>
public sealed class AgreementItemEndTests
{
    private static readonly LayoutBlock Title = P("Espacio de Participación del Derecho a la Movilidad · Séptima sesión, 5 de junio de 2023", ParagraphRole.Heading);

    [Fact]
    public void A_name_alone_after_a_finished_item_is_not_run_into_it()
    {
        var acta = Extract(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023."),
            P("2. La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas."),
            P("Rosa María de la Peña Ibarra"));

        Assert.Equal(
            ["La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023.", "La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_line_that_goes_on_with_a_body_is_still_the_item_s_next_line()
    {
        var acta = Extract(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023."),
            P("2. La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas, en la sala de juntas de la"),
            P("Secretaría de Movilidad"));

        Assert.EndsWith("sala de juntas de la Secretaría de Movilidad", acta.Agreements[^1].Text);
    }

    [Fact]
    public void A_paragraph_numbered_by_its_format_after_a_finished_item_is_an_item_of_its_own()
    {
        var acta = ExtractPdf(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023."),
            P("2. El Metrobús presentará el aforo de la línea 5."),
            new Paragraph("La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas.", ParagraphRole.ListItem, At(), 1, "3."));

        Assert.Equal(3, acta.Agreements.Count);
        Assert.Equal("El Metrobús presentará el aforo de la línea 5.", acta.Agreements[1].Text);
    }

    [Fact]
    public void The_next_page_s_first_line_and_a_fax_header_are_not_run_into_the_last_item()
    {
        var acta = ExtractPdf(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023."),
            P("2. La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas."),
            new PageBreak(At()),
            new Paragraph("AGO-02-2023 09:14\tFROM: SEMOVI DG\t5552091100\tTO:5551302200\tP.003/003", ParagraphRole.Body, At(2)),
            new Paragraph("No habiendo más asuntos que tratar, se dio por concluida la sesión.", ParagraphRole.Body, At(2)));

        Assert.Equal(
            ["La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023.", "La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas."],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_running_head_on_the_next_page_leaves_the_last_item_whole()
    {
        var acta = ExtractPdf(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023."),
            P("2. La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas."),
            new PageBreak(At()),
            new Paragraph("CUADERNO DE ACTAS · MOVILIDAD", ParagraphRole.Body, At(2)),
            new Paragraph("No habiendo más asuntos que tratar, se dio por concluida la sesión.", ParagraphRole.Body, At(2)));

        Assert.Equal("La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas.", acta.Agreements[1].Text);
    }

    [Fact]
    public void A_sentence_cut_by_the_page_break_goes_on_over_it()
    {
        var acta = ExtractPdf(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. La SEMOVI enviará el mapa de ciclovías de la meta 233.1 antes del 30 de junio de 2023."),
            P("2. La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas, en la sala de juntas de la"),
            new PageBreak(At()),
            new Paragraph("Secretaría de Movilidad.", ParagraphRole.Body, At(2)));

        Assert.EndsWith("sala de juntas de la Secretaría de Movilidad.", acta.Agreements[^1].Text);
    }

    [Fact]
    public void A_bullet_left_on_the_line_an_item_broke_from_is_not_joined_into_it()
    {
        var acta = ExtractPdf(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("• El Metrobús entregará el aforo de la línea 5 y la encuesta de •"),
            P("satisfacción a la Secretaría Ejecutiva antes del 15 de julio de 2023."),
            P("• La octava sesión se celebrará el 7 de agosto de 2023 a las 10:00 horas."));

        Assert.Equal("El Metrobús entregará el aforo de la línea 5 y la encuesta de satisfacción a la Secretaría Ejecutiva antes del 15 de julio de 2023.", acta.Agreements[0].Text);
    }
}
