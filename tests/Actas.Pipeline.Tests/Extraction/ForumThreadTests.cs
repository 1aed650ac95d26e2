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
    public void A_reply_on_a_goal_is_that_goal_observation_and_the_forum_lines_are_no_remark()
    {
        var acta = Extract(
            P("Minuta de la quinta sesión ordinaria"),
            P("de Rocío Peña Vera - lunes, 6 de marzo de 2023, 10:15"),
            P("Fecha: viernes 3 de marzo de 2023"),
            P("Estrategia 402. Garantizar el acceso a bibliotecas públicas"),
            P("Meta 402.1. Ampliar los horarios de las bibliotecas"),
            P("Lo que informó la instancia:"),
            P("Se abrieron 12 bibliotecas en domingo."),
            P("Meta 402.2. Digitalizar los acervos"),
            P("Lo que informó la instancia:"),
            P("Se digitalizaron 800 libros."),
            P("Retroalimentación de la SE: Se pide el catálogo en línea."),
            P("📎 Catalogo_de_bibliotecas.pdf (88.0 KB)"),
            P("Enlace permanente · Responder"),
            P("TM"),
            P("Re: Minuta de la quinta sesión ordinaria"),
            P("de Tomás Mora Ibarra - lunes, 6 de marzo de 2023, 12:40"),
            P("Sobre la meta 402.1: En el oriente siguen cerrando"),
            P("a las cinco de la tarde."),
            P("Enlace permanente · Responder"),
            P("RP"),
            P("Re: Minuta de la quinta sesión ordinaria"),
            P("de Rocío Peña Vera - lunes, 6 de marzo de 2023, 13:02"),
            P("Gracias, Tomás; queda en el expediente."),
            P("Enlace permanente · Responder"));

        var strategy = Assert.Single(acta.Strategies);
        Assert.Equal("Se abrieron 12 bibliotecas en domingo.", strategy.Goals[0].Report);
        Assert.Equal(
            [("402.1", "En el oriente siguen cerrando a las cinco de la tarde."), ("402.2", "Se pide el catálogo en línea.")],
            strategy.Feedback.Select(f => (f.Goal, f.Text)).OrderBy(f => f.Goal));
    }

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
