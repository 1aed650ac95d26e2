using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A to-do list of agreements, each item behind a box: the item that fixes the next meeting ("☐ Próxima reunión: …") is one of
/// them, not a callout after the list (which an icon such as a calendar before the label makes).
/// </summary>
public sealed class AgreementCheckboxItemTests
{
    private static readonly LayoutBlock Title = P("Espacio de Participación del Derecho a la Alimentación · 3a. sesión, 14 de febrero de 2024", ParagraphRole.Heading);

    [Fact]
    public void A_boxed_next_meeting_item_is_an_agreement()
    {
        var acta = Extract(
            Title,
            P("Acuerdos", ParagraphRole.Heading),
            P("☑ La SIBISO compartirá la lista de comedores comunitarios abiertos."),
            P("☐ Próxima reunión: 10 de abril de 2024, 12:00 horas, en línea."));

        Assert.Equal(
            ["La SIBISO compartirá la lista de comedores comunitarios abiertos.", "Próxima reunión: 10 de abril de 2024, 12:00 horas, en línea."],
            acta.Agreements.Select(a => a.Text));
        Assert.Equal(("2024-04-10", "12:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }

    [Fact]
    public void A_calendar_icon_before_the_label_is_still_a_callout()
    {
        var acta = Extract(
            Title,
            P("Acuerdos", ParagraphRole.Heading),
            P("☑ La SIBISO compartirá la lista de comedores comunitarios abiertos."),
            P("📆 Próxima reunión: 10 de abril de 2024, 12:00 horas, en línea."));

        Assert.Equal(["La SIBISO compartirá la lista de comedores comunitarios abiertos."], acta.Agreements.Select(a => a.Text));
    }
}
