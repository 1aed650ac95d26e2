using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class ReportFigureFlowTests
{
    private static List<string> Read(params (string Goal, string Text)[] paragraphs)
    {
        var flow = new ReportFigureFlow(text => text);
        var figures = new List<Figure>();
        foreach (var (goal, text) in paragraphs)
        {
            flow.Add(goal, text, null, figures);
        }

        flow.Flush(figures);
        return figures.Select(f => $"{f.Goal} {f.Value} {f.Unit}").ToList();
    }

    [Fact]
    public void A_sentence_cut_after_its_number_keeps_the_noun_on_the_next_line()
    {
        Assert.Equal(["310.1 35 talleres", "310.1 1480 vecinas"],
            Read(("310.1", "Durante el semestre se impartieron 35 talleres en las colonias, con la asistencia de 1,480"), ("310.1", "vecinas y vecinos.")));
    }

    [Fact]
    public void Paragraphs_of_other_goals_or_a_new_sentence_are_read_apart()
    {
        Assert.Equal(["310.1 12 brigadas"], Read(("310.1", "Se formaron 12 brigadas"), ("310.2", "unidades móviles en servicio: 4")));
        Assert.Equal(["310.1 12 brigadas"], Read(("310.1", "Se formaron 12 brigadas"), ("310.1", "Unidades móviles en servicio")));
    }

    [Fact]
    public void A_paragraph_opening_with_a_bare_count_takes_the_noun_of_the_one_before()
    {
        Assert.Equal(["310.1 640 familias", "310.1 410 familias"],
            Read(("310.1", "• Se censaron 640 familias desplazadas por las obras."), ("310.1", "• 410 regresaron a su vivienda.")));
    }
}
