using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes printed from a slide deck: each slide one framed box, its number at its foot, and a thank-you slide after the
/// agreements. The thanks and the lines after it are no agreements, and the slide's number is no part of the last one.
/// </summary>
public sealed class AgreementDeckClosingTests
{
    private static readonly LayoutBlock Title = P("Espacio de Participación del Derecho a la Vivienda · Cuarta sesión ordinaria, 12 de marzo de 2024", ParagraphRole.Heading);

    [Fact]
    public void A_thank_you_slide_after_the_agreements_slide_ends_them()
    {
        var acta = Extract(
            Title,
            T(["Acuerdos\n1. El INVI enviará el padrón de créditos otorgados antes del 30 de abril de 2024.\n2. La quinta sesión se celebrará el 14 de mayo de 2024 a las 11:00 horas. 12"]),
            T(["¡Muchas gracias!\nEspacio de Participación del Derecho a la Vivienda\nMecanismo de Seguimiento y Evaluación 13"]));

        Assert.Equal(
            [
                "El INVI enviará el padrón de créditos otorgados antes del 30 de abril de 2024.",
                "La quinta sesión se celebrará el 14 de mayo de 2024 a las 11:00 horas.",
            ],
            acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void A_line_of_thanks_after_listed_agreements_ends_them()
    {
        var acta = Extract(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El INVI enviará el padrón de créditos otorgados antes del 30 de abril de 2024."),
            P("Gracias por su participación."),
            P("Dirección de Vivienda Social del INVI"));

        Assert.Equal(["El INVI enviará el padrón de créditos otorgados antes del 30 de abril de 2024."], acta.Agreements.Select(a => a.Text));
    }

    [Fact]
    public void An_agreement_that_thanks_someone_within_a_sentence_is_kept()
    {
        var acta = Extract(
            Title,
            P("ACUERDOS", ParagraphRole.Heading),
            P("1. El INVI enviará el padrón de créditos otorgados antes del 30 de abril de 2024."),
            P("2. Se agradece a la PROSOC la información entregada y se le pide ampliarla para la meta 402.1."));

        Assert.Equal(2, acta.Agreements.Count);
    }
}
