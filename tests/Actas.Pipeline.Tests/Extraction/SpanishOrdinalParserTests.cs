using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class SpanishOrdinalParserTests
{
    [Theory]
    [InlineData("VIGÉSIMA TERCERA REUNIÓN DE TRABAJO DEL ESPACIO", 23)]
    [InlineData("Décima Primera Sesión Ordinaria", 11)]
    [InlineData("DÉCIMO QUINTA REUNIÓN", 15)]
    [InlineData("PRIMERA SESIÓN ORDINARIA", 1)]
    [InlineData("24ª Reunión de trabajo", 24)]
    [InlineData("Minuta de la 7.ª sesión ordinaria", 7)]
    [InlineData("ACTA DE LA SESIÓN ORDINARIA NÚMERO TRES DEL ESPACIO", 3)]
    [InlineData("Reunión de trabajo número veintiuno", 21)]
    [InlineData("24a. Sesión del Espacio", 24)]
    [InlineData("Acta de la sesión No. 24", 24)]
    [InlineData("TRIGÉSIMA REUNIÓN", 30)]
    [InlineData("ACTA DE LA SESIÓN 7/2019 DEL ESPACIO DE PARTICIPACIÓN", 7)]
    [InlineData("Sesión Ordinaria 2/2023.", 2)]
    [InlineData("Reunión de trabajo 14/2020", 14)]
    [InlineData("ACTA DE LA XV SESIÓN ORDINARIA", 15)]
    [InlineData("Minuta de la XXIII Reunión de Trabajo del Espacio", 23)]
    [InlineData("Acta XII Sesión Ordinaria – Derecho a la Vivienda", 12)]
    [InlineData("MINUTA IX REUNIÓN DE TRABAJO", 9)]
    public void Session_numbers_in_words_and_figures(string title, int expected)
    {
        Assert.Equal(expected, SpanishOrdinalParser.Find(title));
    }

    [Theory]
    [InlineData("REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN")]
    [InlineData("Se revisó la XYZ sesión de la comisión")]
    public void Title_without_ordinal_gives_null(string title)
    {
        Assert.Null(SpanishOrdinalParser.Find(title));
    }

    [Fact]
    public void A_date_after_the_session_word_is_not_its_number()
    {
        Assert.Null(SpanishOrdinalParser.Find("Sesión 12/03/2019"));
    }
}
