using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The cheap checks that spare a text a regular expression's scan skip only texts the expression cannot match: a text
/// each check lets through by one road alone (no colon but "indicador"; ".-" but no colon; a goal label but no colon) is
/// still cut as before.
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
}
