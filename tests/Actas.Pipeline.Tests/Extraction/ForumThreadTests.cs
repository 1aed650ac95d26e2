using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes posted to a virtual classroom's forum (blind batch S, S4): the first post holds the minutes, the members' replies their
/// remarks on goals, and a forum's own lines (avatars, "Re:" titles, bylines, links, attachments) are nobody's words.
/// </summary>
public sealed class ForumThreadTests
{
    [Fact]
    public void A_label_on_a_line_of_its_own_ends_the_value_above_it()
    {
        var lines = new[] { "Fecha: martes 7 de marzo de 2023", "Modalidad: a distancia, por videoconferencia", "Coordinó: Rocío Peña Vera, Coordinadora" };
        var acta = Extract(
            P("Minuta de la quinta sesión ordinaria del Espacio"),
            new Paragraph(string.Join(' ', lines), ParagraphRole.Body, At(), Lines: lines),
            P("Estrategia 402. Garantizar el acceso a bibliotecas públicas"),
            P("Meta 402.1. Ampliar los horarios de las bibliotecas"),
            P("Informe: Se abrieron 12 bibliotecas en domingo."));

        Assert.Equal("a distancia, por videoconferencia", acta.Session.Place);
    }
}
