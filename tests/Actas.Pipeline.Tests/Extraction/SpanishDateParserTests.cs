using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class SpanishDateParserTests
{
    [Theory]
    [InlineData("Martes 11 de septiembre de 2018", null, "2018-09-11")]
    [InlineData("27/09/2018", null, "2018-09-27")]
    [InlineData("Fecha: 8 octubre 2020", null, "2020-10-08")]
    [InlineData("el próximo jueves 27 de septiembre, de 10:00 a 13:00", 2018, "2018-09-27")]
    [InlineData("a los veintisiete días del mes de septiembre de dos mil dieciocho", null, "2018-09-27")]
    [InlineData("a los veintiún días del mes de marzo del año dos mil diecinueve", null, "2019-03-21")]
    [InlineData("1o de diciembre del 2017", null, "2017-12-01")]
    [InlineData("2018-10-04", null, "2018-10-04")]
    [InlineData("Fecha: 4-dic-19", null, "2019-12-04")]
    [InlineData("08-abr-2021", null, "2021-04-08")]
    [InlineData("el 18 mar. 2021 en la sala", null, "2021-03-18")]
    [InlineData("7/Nov/19", null, "2019-11-07")]
    [InlineData("17-11-2022", null, "2022-11-17")]
    [InlineData("4-12-19", null, "2019-12-04")]
    [InlineData("17.11.2022", null, "2022-11-17")]
    [InlineData("la siguiente sesión tendrá lugar el jueves veinte de febrero a las diez horas", 2020, "2020-02-20")]
    [InlineData("se celebrará el veintiocho de mayo", 2021, "2021-05-28")]
    public void Written_dates_give_iso(string text, int? year, string iso)
    {
        Assert.Equal(iso, SpanishDateParser.FindFirst(text, year)?.Iso);
    }

    [Theory]
    [InlineData("la siguiente sesión tendrá lugar el jueves veinte de febrero", null)]
    [InlineData("en primero de mayo se habló de todo", 2020)]
    public void A_day_in_words_without_a_year_needs_the_year_and_a_weekday_or_article(string text, int? year)
    {
        Assert.Null(SpanishDateParser.FindFirst(text, year));
    }

    [Fact]
    public void Day_range_gives_both_days()
    {
        var dates = SpanishDateParser.FindAll("del 18 al 29 de septiembre del 2017 en un horario de 8:00 a 10:00");
        Assert.Equal(["2017-09-18", "2017-09-29"], dates.Select(d => d.Iso));
    }

    [Fact]
    public void Date_without_year_and_no_default_is_not_guessed()
    {
        Assert.Empty(SpanishDateParser.FindAll("jueves 27 de septiembre"));
    }

    [Theory]
    [InlineData("31 de febrero de 2018")]
    [InlineData("45/13/2018")]
    [InlineData("se capacitó a 609 personas")]
    [InlineData("3 mayo 19")]
    [InlineData("las metas 12.3.15 y 4-5-6-7")]
    public void Impossible_or_absent_dates_give_nothing(string text)
    {
        Assert.Empty(SpanishDateParser.FindAll(text, 2018));
    }
}
