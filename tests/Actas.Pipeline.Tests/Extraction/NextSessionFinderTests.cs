using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class NextSessionFinderTests
{
    [Theory]
    [InlineData("La siguiente reunión se llevará a cabo el jueves 27 de septiembre, de 10:00 a 13:00 horas.", "2018-09-27", "10:00", "13:00")]
    [InlineData("Se convoca a las personas integrantes para el 4 de octubre de 2018 a las 11:00 horas.", "2018-10-04", "11:00", null)]
    [InlineData("Próxima sesión: 14/III/2019.", "2019-03-14", null, null)]
    [InlineData("Nos reuniremos nuevamente el día veinte de noviembre de dos mil dieciocho.", "2018-11-20", null, null)]
    [InlineData("La vigésima cuarta reunión tendrá lugar el 11 de octubre en la sala 3.", "2018-10-11", null, null)]
    [InlineData("Se acuerda sesionar nuevamente el 13/10/2018 a las 10:30 horas para revisar las estrategias 305 y 311.", "2018-10-13", "10:30", null)]
    [InlineData("El Espacio acordó volver a reunirse el jueves 4 de octubre, de 9:00 a 11:00 horas.", "2018-10-04", "09:00", "11:00")]
    public void The_next_meeting_however_it_is_phrased(string agreement, string date, string? start, string? end)
    {
        var next = NextSessionFinder.Find([agreement], "2018-09-11", 23);
        Assert.NotNull(next);
        Assert.Equal((date, start, end), (next.Date, next.StartTime, next.EndTime));
    }

    [Theory]
    [InlineData("La siguiente sesión recordó lo acordado el 4 de septiembre.")] // a date before the session is not the next one
    [InlineData("La vigésima segunda reunión, del 28 de agosto, aprobó el acta.")] // an earlier ordinal
    [InlineData("La PGJ enviará su informe a más tardar el 30 de septiembre.")] // a deadline, no meeting
    public void Not_the_next_meeting(string agreement) =>
        Assert.Null(NextSessionFinder.Find([agreement], "2018-09-11", 23));

    [Fact]
    public void Strategies_announced_for_the_next_meeting_are_read()
    {
        var next = NextSessionFinder.Find(["En la próxima sesión, el 11 de octubre, se revisarán las estrategias 527, 528 y 531."], "2018-09-27", 24);
        Assert.Equal([527, 528, 531], next?.Strategies);
    }
}
