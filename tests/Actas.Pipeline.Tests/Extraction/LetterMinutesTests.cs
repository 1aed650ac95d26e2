using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Minutes written as a letter to the members: one numbered paragraph per goal names its strategy and the goal together and
/// tells the report after "lo siguiente:"; the remarks follow as paragraphs; those present are told in one sentence.
/// </summary>
public sealed class LetterMinutesTests
{
    private static Acta Letter() => Extract(
        P("Oficio No. SE/EP/0101/2020"),
        P("Asunto: Minuta de la Quinta Sesión Ordinaria"),
        P("Le informo que la Quinta Sesión Ordinaria del Espacio se celebró el jueves 9 de julio de 2020. Participaron en la sesión: " +
          "Ing. Tomás Urrutia Beltrán, Jefe de Unidad, del Sistema de Aguas de la Ciudad de México; Mtra. Rocío Andrade Sosa, Asesora, " +
          "de la Red Ciudadana por el Agua, A.C., y la suscrita, Lic. Noemí Carranza Ortiz, Enlace, de la Secretaría Ejecutiva del Mecanismo."),
        P("1. En cuanto a la estrategia 418, «Garantizar el abasto de agua en colonias con tandeo», meta 418.1, «Instalar tanques " +
          "comunitarios en colonias con tandeo», cuyo indicador es «Tanques instalados» y cuya instancia responsable es el Sistema " +
          "de Aguas de la Ciudad de México, se informó lo siguiente: Se instalaron 56 tanques en Iztapalapa y Tláhuac."),
        P("Al respecto, la Secretaría Ejecutiva retroalimentó: Falta indicar cuántas familias reciben agua de los tanques."),
        P("2. En cuanto a la estrategia 418, «Garantizar el abasto de agua en colonias con tandeo», meta 418.2, «Publicar el calendario " +
          "de tandeo», cuyo indicador es «Calendario publicado» y cuya instancia responsable es el Sistema de Aguas de la Ciudad de " +
          "México, el Sistema de Aguas no presentó informe de la meta."),
        P("Por lo anterior, se acordó: a) El Sistema de Aguas enviará el padrón de tanques. b) La sexta sesión será el 6 de agosto de 2020."));

    [Fact]
    public void A_paragraph_naming_the_strategy_and_its_goal_gives_both_with_the_report_after_lo_siguiente()
    {
        var strategy = Letter().Strategies.Single();

        Assert.Equal((418, "Garantizar el abasto de agua en colonias con tandeo"), (strategy.Number, strategy.Title));
        var goal = strategy.Goals[0];
        Assert.Equal(("418.1", "Instalar tanques comunitarios en colonias con tandeo", "Tanques instalados"), (goal.Id, goal.Text, goal.Indicator));
        Assert.Equal("Se instalaron 56 tanques en Iztapalapa y Tláhuac.", goal.Report);
        Assert.Equal(ReportStatus.NotReported, strategy.Goals[1].ReportStatus);
    }

    [Fact]
    public void The_secretariat_remark_after_al_respecto_is_feedback_not_report()
    {
        var remark = Assert.Single(Letter().Strategies.Single().Feedback);

        Assert.Equal(("Falta indicar cuántas familias reciben agua de los tanques.", FeedbackSection.Retroalimentacion, "418.1"), (remark.Text, remark.Section, remark.Goal));
    }

    [Fact]
    public void Those_present_told_in_one_sentence_are_the_attendance_with_their_bodies()
    {
        var people = Letter().Attendance.Select(a => (a.Name, a.Institution)).ToList();

        Assert.Equal(
            [("Tomás Urrutia Beltrán", "Sistema de Aguas de la Ciudad de México"), ("Rocío Andrade Sosa", "Red Ciudadana por el Agua, A.C."),
             ("Noemí Carranza Ortiz", "Secretaría Ejecutiva del Mecanismo")],
            people);
    }
}
