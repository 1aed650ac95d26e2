using Actas.Pipeline.Extraction;
using Actas.Pipeline.Model;
using static Actas.Pipeline.Tests.Support.LayoutBlocks;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// A remark whose goal is given in parentheses: before it ("(Meta 318.2) Falta…") or after who spoke ("Comisión de Vivienda
/// (meta 318.1): Se pide…"). The tag is not the remark; it names the goal, and the speaker it names says the remark's kind.
/// </summary>
public sealed class GoalInParenthesesRemarkTests
{
    [Theory]
    [InlineData("(Meta 318.2) Falta desagregar a las familias por alcaldía.", "318.2", "Falta desagregar a las familias por alcaldía.")]
    [InlineData("(318.1) ¿Cuántos créditos se cancelaron?", "318.1", "¿Cuántos créditos se cancelaron?")]
    [InlineData("Comisión de Vivienda (meta 318.1): Se pide el padrón de beneficiarias.", "318.1", "Se pide el padrón de beneficiarias.")]
    [InlineData("Ana Ruiz Paz (Frente Vecinal, A.C.) (Meta 318.2): Los créditos no llegan a Milpa Alta.", "318.2", "Los créditos no llegan a Milpa Alta.")]
    [InlineData("SE (318.1): Se pide el padrón de beneficiarias.", "318.1", "Se pide el padrón de beneficiarias.")]
    [InlineData("Ana Ruiz Paz (318.2): Los créditos no llegan a Milpa Alta.", "318.2", "Los créditos no llegan a Milpa Alta.")]
    public void The_goal_in_parentheses_is_read_and_the_tag_is_not_the_remark(string remark, string goal, string text)
    {
        Assert.Equal(goal, SpeakerTag.GoalOf(remark));
        Assert.Equal(text, SpeakerTag.Strip(remark));
    }

    [Theory]
    [InlineData("(SE; meta 512.2) Falta el padrón de las personas atendidas.", "SE", "512.2", "Falta el padrón de las personas atendidas.")]
    [InlineData("(Rosa Ibarra Pino, Colectivo Huellas, A.C.; meta 512.1) Las brigadas no llegan a Tláhuac.", "Rosa Ibarra Pino, Colectivo Huellas, A.C.", "512.1", "Las brigadas no llegan a Tláhuac.")]
    public void Who_spoke_and_the_goal_in_one_parenthesis_are_the_tag(string remark, string who, string goal, string text)
    {
        Assert.Equal((who, goal), (SpeakerTag.BracketSpeaker(remark), SpeakerTag.GoalOf(remark)));
        Assert.Equal(text, SpeakerTag.Strip(remark));
    }

    [Theory]
    [InlineData("SE (318.1): Se pide el padrón de beneficiarias.", "SE")]
    [InlineData("Ana Ruiz Paz (318.2): Los créditos no llegan a Milpa Alta.", "Ana Ruiz Paz")]
    public void Who_spoke_before_the_goal_number_alone_in_parentheses_is_the_speaker(string remark, string who) =>
        Assert.Equal(who, SpeakerTag.GoalSpeaker(remark));

    [Fact]
    public void A_parenthesis_inside_the_remark_is_no_tag() =>
        Assert.Null(SpeakerTag.GoalSpeaker("Se pide revisar el padrón (meta 318.1) antes de marzo."));

    [Fact]
    public void Who_the_tag_names_says_the_kind_of_each_remark_under_one_label()
    {
        var acta = Extract(
            P("ACTA DE LA CUARTA SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA VIVIENDA"),
            P("Fecha: 4 de junio de 2019"),
            P("Estrategia 318. Ampliar el crédito de vivienda para mujeres jefas de familia"),
            P("Meta 318.1. Otorgar créditos de vivienda a mujeres jefas de familia"),
            P("Informe: Se otorgaron 412 créditos en 2018."),
            P("Meta 318.2. Publicar el padrón de créditos otorgados"),
            P("Informe: Se publicó el padrón en el portal."),
            P("Retroalimentación y comentarios"),
            Item("•", "Secretaría Ejecutiva (meta 318.1): Se pide desagregar los créditos por alcaldía."),
            Item("•", "Ana Ruiz Paz (Frente Vecinal, A.C.) (meta 318.1): Los créditos no llegan a Milpa Alta."));

        Assert.Equal(
            [
                ("318.1", FeedbackSection.Retroalimentacion, "Se pide desagregar los créditos por alcaldía."),
                ("318.1", FeedbackSection.Observacion, "Los créditos no llegan a Milpa Alta."),
            ],
            acta.Strategies.SelectMany(s => s.Feedback).Select(f => (f.Goal, f.Section, f.Text)));
    }
}
