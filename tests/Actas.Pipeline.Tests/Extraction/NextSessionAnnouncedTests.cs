using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The next meeting as other templates announce it: an English "next meeting" line, a meeting numbered with "#", and a
/// closing heading whose meeting and date stand on separate lines below it.
/// </summary>
public sealed class NextSessionAnnouncedTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("MINUTA DE LA 4.ª SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading),
        P("Fecha: martes 9 de abril de 2024"),
        P("Estrategia 820. Ampliar la red de agua potable", ParagraphRole.Heading),
        P("Meta 820.1. Conectar viviendas."),
        P("Informe: Se conectaron 310 viviendas."),
        P("ACUERDOS", ParagraphRole.Heading),
        P("Acuerdo 1. SACMEX enviará el padrón de viviendas conectadas."),
    ];

    [Fact]
    public void An_english_next_meeting_line_fixes_the_date()
    {
        var next = NextSessionFinder.Find(["Following meeting: 21/05/2024, 11:30 h, same venue."], "2024-04-09", 4, announcedOnly: true);

        Assert.Equal(("2024-05-21", "11:30"), (next?.Date, next?.StartTime));
    }

    [Fact]
    public void A_meeting_numbered_with_a_hash_after_this_one_is_the_next()
    {
        var next = NextSessionFinder.Find(["Reunión de trabajo #5 — 7 de mayo de 2024, 10:00 horas"], "2024-04-09", 4);

        Assert.Equal(("2024-05-07", "10:00"), (next?.Date, next?.StartTime));
    }

    [Fact]
    public void A_closing_heading_with_the_meeting_and_its_date_on_lines_below()
    {
        var acta = Extract([.. Opening,
            P("PRÓXIMA SESIÓN", ParagraphRole.Heading),
            P("5.ª Sesión Ordinaria"),
            P("Martes 14 de mayo, 2024 · 12:00 h"),
            P("Gracias por su participación")]);

        Assert.Equal(("2024-05-14", "12:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }

    [Theory]
    [InlineData("12 ago 2023 | Reunión de trabajo #6", 6)]
    [InlineData("Sesión ordinaria # 14: acta", 14)]
    public void A_meeting_numbered_with_a_hash_gives_its_number(string title, int number)
    {
        Assert.Equal(number, SpanishOrdinalParser.Find(title));
    }
}
