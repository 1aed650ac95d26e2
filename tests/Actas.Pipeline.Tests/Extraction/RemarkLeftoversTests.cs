using Actas.Pipeline.Layout;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// Pieces of other things a remarks field must not keep as remarks — the list letter of the next goal ("b.-"), the other
/// language's word of the next strategy's bilingual heading ("Strategy /") — and a tagged remark a line break cut in two.
/// </summary>
public sealed class RemarkLeftoversTests
{
    private static readonly LayoutBlock Title = P("ACTA DE LA TERCERA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO AL AGUA", ParagraphRole.Heading);

    [Fact]
    public void The_next_goals_list_letter_is_no_remark()
    {
        var acta = Extract(
            Title,
            P("Fecha: 9 de mayo de 2018"),
            P("Estrategia 412. Garantizar el abasto de agua potable"),
            P("a.- Meta 412.1. Instalar sistemas de captación de lluvia"),
            P("Informe: Se instalaron 38 sistemas de captación."),
            P("Retroalimentación: Se reconoce el avance del trimestre."),
            P("b.- Meta 412.2. Publicar el padrón de sistemas instalados"),
            P("Informe: Se publicó el padrón en el portal."));

        Assert.Equal(["Se reconoce el avance del trimestre."], acta.Strategies.SelectMany(s => s.Feedback).Select(f => f.Text));
    }

    [Fact]
    public void The_other_languages_word_of_a_bilingual_strategy_heading_is_no_remark()
    {
        var acta = Extract(
            Title,
            P("Fecha: 9 de mayo de 2018"),
            P("Estrategia 412: Garantizar el abasto de agua potable"),
            P("Meta 412.1: Instalar sistemas de captación de lluvia"),
            P("Informe: Se instalaron 38 sistemas de captación."),
            P("Retroalimentación: Se reconoce el avance del trimestre."),
            P("Objective / Estrategia 415: Sanear los canales de riego"),
            P("Meta 415.1: Retirar el lirio acuático de los canales"),
            P("Informe: Se retiraron 120 toneladas de lirio."));

        Assert.Equal(["Se reconoce el avance del trimestre."], acta.Strategies.Single(s => s.Number == 412).Feedback.Select(f => f.Text));
    }

    [Fact]
    public void A_remark_tagged_with_its_goal_goes_on_after_a_line_break_under_another_goal()
    {
        var acta = Extract(
            Title,
            P("Fecha: 9 de mayo de 2018"),
            P("Estrategia 412. Garantizar el abasto de agua potable"),
            P("Meta 412.1. Instalar sistemas de captación de lluvia"),
            P("Informe: Se instalaron 38 sistemas de captación."),
            P("Meta 412.2. Publicar el padrón de sistemas instalados"),
            P("Informe: Se publicó el padrón en el portal."),
            P("Comentarios:"),
            P("SE (412.1): Se reconoce que el informe presenta datos del"),
            P("trimestre completo."));

        var remark = Assert.Single(acta.Strategies.SelectMany(s => s.Feedback));
        Assert.Equal(("412.1", "Se reconoce que el informe presenta datos del trimestre completo."), (remark.Goal, remark.Text));
    }
}
