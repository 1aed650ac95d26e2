using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The cheap checks that spare a text a regular expression's scan skip only texts the expression cannot match: a text
/// each check lets through by one road alone (no colon but "indicador"; ".-" but no colon; a goal label but no colon) is
/// still cut as before; a date in words without a digit, and one in digits without a month's name, are still found; a phrase
/// set still reads a prefix that starts with a phrase's first character, and reads through a phrase that opens with a choice.
/// </summary>
public sealed class ScanPreCheckTests
{
    [Fact]
    public void A_spoken_indicator_without_any_colon_is_still_cut()
    {
        var pieces = SpokenGoalFields.Pieces("Instalar bebederos en parques. El indicador es Parques con bebedero y le corresponde a la Secretaría del Medio Ambiente.");

        Assert.NotNull(pieces);
        Assert.Contains("Indicador: Parques con bebedero", pieces);
        Assert.Contains("Instancia ejecutora: Secretaría del Medio Ambiente", pieces);
    }

    [Fact]
    public void A_paragraph_with_neither_colon_nor_indicator_has_no_pieces()
    {
        Assert.Null(SpokenGoalFields.Pieces("La reunión terminó temprano y nadie dijo nada más sobre la meta."));
    }

    [Fact]
    public void A_field_label_closed_by_dot_dash_still_cuts_a_ficha_paragraph()
    {
        var pieces = RowStream.SplitOnAllLabels("Se habilitaron tres albergues Observaciones.- faltan camas en dos");

        Assert.Equal(["Se habilitaron tres albergues", "Observaciones.- faltan camas en dos"], pieces);
    }

    [Fact]
    public void A_goal_label_with_its_id_and_no_colon_still_starts_a_piece()
    {
        var pieces = RowStream.SplitOnStrategyLabels("Texto que cierra la estrategia anterior Meta 412.3 Capacitar al personal de salud");

        Assert.Equal(2, pieces.Count);
        Assert.StartsWith("Meta 412.3", pieces[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Classifying_against_a_table_reads_as_each_set_alone()
    {
        var sets = new[] { (new PhraseSet("orden del dia"), 1), (new PhraseSet("persona(s) asistente(s)", "asistencia"), 2) };

        foreach (var text in new[] { "Persona(s) asistente(s)", "ASISTENCIA", "Orden del día:", "Acuerdos" })
        {
            var expected = sets.FirstOrDefault(s => s.Item1.IsWhole(text)).Item2;
            Assert.Equal(expected != 0, PhraseSet.TryClassify(sets, text, out var value));
            Assert.Equal(expected, value);
        }
    }
    [Fact]
    public void A_date_all_in_words_without_any_digit_is_still_found()
    {
        var dates = SpanishDateParser.FindAll("Reunidos a los doce días del mes de agosto de dos mil veintiuno, se abrió la sesión.");

        Assert.Equal([new DateOnly(2021, 8, 12)], dates.Select(d => d.Value));
    }

    [Fact]
    public void A_date_in_digits_without_any_month_name_is_still_found()
    {
        var dates = SpanishDateParser.FindAll("Próxima reunión: 07/10/2022, en la sala B.");

        Assert.Equal([new DateOnly(2022, 10, 7)], dates.Select(d => d.Value));
    }

    [Fact]
    public void A_phrase_set_reads_prefixes_by_first_character_and_through_an_opening_choice()
    {
        var literal = new PhraseSet("informe", "reporte[ de avance]");
        var choice = new PhraseSet("(el|la) indicador");

        Assert.Equal("reporte de avance".Length, literal.PrefixLength("reporte de avance: listo"));
        Assert.Equal(0, literal.PrefixLength("el informe"));
        Assert.Equal(0, literal.PrefixLength(""));
        Assert.True(literal.IsWhole("Informe"));
        Assert.Equal("la indicador".Length, choice.PrefixLength("la indicador dice"));
    }
}
