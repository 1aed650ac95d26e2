using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>Clock times as minutes write them: digits, and words ("a las diez horas con quince minutos").</summary>
public sealed class ClockTimeTests
{
    [Theory]
    [InlineData("la reunión será a las 10:00 horas", "10:00")]
    [InlineData("a las diez horas del miércoles", "10:00")]
    [InlineData("siendo las once horas con treinta minutos", "11:30")]
    [InlineData("a las dieciséis horas y media", "16:30")]
    [InlineData("la sesión será el lunes a las 17 hrs. en la sede", "17:00")]
    [InlineData("Hora: 9 h", "09:00")]
    [InlineData("de 10 a 12 horas", "10:00")]
    [InlineData("inicio 10:30 hrs", "10:30")]
    // A whole hour set apart from the date before it by a comma, as shorthand notes write it.
    [InlineData("Sig. reunión el 14/08/22, 9 hrs., sala B", "09:00")]
    [InlineData("martes 3 de octubre, 16 h, en línea", "16:00")]
    public void The_first_time_is_read_from_digits_or_words(string text, string expected) =>
        Assert.Equal(expected, ClockTime.FindAll(text)[0].Time);

    [Theory]
    [InlineData("de 10:00 a 13:00 horas", "10:00", "13:00")]
    [InlineData("de las diez a las trece horas, para revisar", "10:00", "13:00")]
    [InlineData("de las nueve horas con treinta minutos hasta las catorce horas", "09:30", "14:00")]
    [InlineData("de 10 a 12 horas, en la sala", "10:00", "12:00")]
    [InlineData("de las 9 a las 11 hrs.", "09:00", "11:00")]
    public void A_range_is_read_from_digits_or_words(string text, string start, string end) =>
        Assert.Equal((start, end), ClockTime.FindRange(text));

    [Theory]
    [InlineData("las diez personas presentes")]
    [InlineData("las 3 estrategias")]
    [InlineData("durante cuarenta horas de capacitación")]
    [InlineData("se impartieron 40 horas de capacitación")]
    [InlineData("atención de 24 horas en 3 módulos")]
    [InlineData("los 12 h de la jornada fueron 30 horas")]
    [InlineData("una duración de 2,5 horas por taller")]
    public void Numbers_that_are_not_times_give_none(string text) => Assert.Empty(ClockTime.FindAll(text));
}
