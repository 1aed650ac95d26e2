using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A space's bulletin tells the session in the first person: a ficha per goal ("Quién informa:", "Lo que nos contaron:"),
/// remarks as pull quotes with the speaker on the line under them, under "La Secretaría Ejecutiva opinó" / "Otras voces".
/// </summary>
public sealed class BulletinLayoutTests
{
    private static Acta Bulletin() => Extract(
        P("Boletín del Espacio de Participación del Derecho al Agua"),
        P("Así vivimos la 3ª sesión ordinaria"),
        P("El martes 9 de mayo de 2023, de 10:00 a 12:00 horas, nos reunimos en la sala del SACMEX para la 3ª sesión ordinaria."),
        P("ESTRATEGIA 402"),
        P("Garantizar el abasto de agua potable en las colonias del oriente"),
        P("Meta 402.1 · Reducir el tandeo en las colonias del oriente"),
        P("Indicador: Colonias con tandeo"),
        P("Quién informa: SACMEX"),
        P("Lo que nos contaron: Se redujo el tandeo en 17 colonias de Iztapalapa."),
        P("Meta 402.2 · Instalar sistemas de captación de lluvia"),
        P("Indicador: Sistemas instalados"),
        P("Quién informa: SEDEMA"),
        P("Lo que nos contaron: En esta ocasión no se recibió informe."),
        P("La Secretaría Ejecutiva opinó"),
        P("“Falta desagregar el dato por colonia y por mes.”"),
        P("— Secretaría Ejecutiva, sobre la meta 402.1"),
        P("Otras voces"),
        P("“Las vecinas piden que se publiquen los horarios de tandeo.”"),
        P("— Agua para Todas, sobre la meta 402.1"));

    [Fact]
    public void A_ficha_told_in_the_first_person_gives_executor_report_and_status()
    {
        var strategy = Assert.Single(Bulletin().Strategies);
        Assert.Equal(["402.1", "402.2"], strategy.Goals.Select(g => g.Id));
        Assert.Equal(["SACMEX", "SEDEMA"], strategy.Goals.Select(g => g.Executor));
        Assert.Equal("Se redujo el tandeo en 17 colonias de Iztapalapa.", strategy.Goals[0].Report);
        Assert.Equal([ReportStatus.Reported, ReportStatus.NotReported], strategy.Goals.Select(g => g.ReportStatus));
    }

    [Fact]
    public void Pull_quotes_are_remarks_on_the_goal_their_attribution_names()
    {
        var strategy = Assert.Single(Bulletin().Strategies);
        Assert.Equal(
            [("402.1", FeedbackSection.Retroalimentacion, "Falta desagregar el dato por colonia y por mes."),
             ("402.1", FeedbackSection.Observacion, "Las vecinas piden que se publiquen los horarios de tandeo.")],
            strategy.Feedback.Select(f => (f.Goal, f.Section, f.Text)));
    }
}
