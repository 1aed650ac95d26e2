using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>The next meeting fixed where no agreement fixes it: a closing paragraph under ACUERDOS, or a section of its own.</summary>
public sealed class NextSessionOutsideAgreementsTests
{
    private static readonly LayoutBlock[] Opening =
    [
        P("MINUTA DE LA 7.ª SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD", ParagraphRole.Heading),
        P("Fecha: jueves 6 de junio de 2024"),
        P("Estrategia 610. Ampliar el transporte accesible", ParagraphRole.Heading),
        P("Meta 610.1. Adaptar estaciones."),
        P("Informe: Se adaptaron 12 estaciones."),
    ];

    [Fact]
    public void A_closing_paragraph_under_the_agreements_fixes_the_next_meeting()
    {
        var acta = Extract([.. Opening,
            P("ACUERDOS", ParagraphRole.Heading),
            P("Acuerdo 1. La Secretaría de Movilidad enviará el listado de estaciones adaptadas."),
            P("Agotado el orden del día, se acordó que la próxima reunión se celebrará el jueves 4 de julio de 2024 a las 11:00 horas, y se dio por concluida la presente.")]);

        Assert.Equal(7, acta.Session.Number);
        Assert.Equal(("2024-07-04", "11:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }

    [Fact]
    public void A_section_headed_next_session_names_the_meeting_by_its_ordinal()
    {
        var acta = Extract([.. Opening,
            P("Acuerdos", ParagraphRole.Heading),
            P("SEMOVI — Enviar el listado de estaciones adaptadas."),
            P("Próxima sesión", ParagraphRole.Heading),
            P("La 8.ª sesión ordinaria se realizará el jueves 4 de julio de 2024 a las 11:00 h, en la misma modalidad.")]);

        Assert.Equal(("2024-07-04", "11:00"), (acta.NextSession?.Date, acta.NextSession?.StartTime));
    }
}
