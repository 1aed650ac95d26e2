using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// "Name (Body, A.C.), meta 330.2: …", "Dra. Name, meta 330.2: …": a stop inside the speaker's parenthesis or after a title
/// does not hide the goal the tag names, nor keep the tag in the remark.
/// </summary>
public sealed class GoalAttributionStopTests
{
    [Fact]
    public void A_speaker_with_a_legal_form_before_the_goal_names_the_goal()
    {
        const string remark = "Irma Solís Vera (Tejedoras del Sur, A.C.), meta 330.2: Los talleres se dan en horario laboral.";
        Assert.Equal("330.2", SpeakerTag.GoalOf(remark));
        Assert.Equal("Los talleres se dan en horario laboral.", SpeakerTag.Strip(remark));
        Assert.Equal("Los talleres se dan en horario laboral.", SpeakerTag.Strip("Dra. Irma Solís Vera, meta 330.2: Los talleres se dan en horario laboral."));
    }

    [Fact]
    public void A_goal_in_square_brackets_after_the_speaker_names_the_goal()
    {
        const string remark = "Irma Solís Vera (Tejedoras del Sur, A.C.) [meta 330.2]: Los talleres se dan en horario laboral.";
        Assert.Equal("330.2", SpeakerTag.GoalOf(remark));
        Assert.Equal("Los talleres se dan en horario laboral.", SpeakerTag.Strip(remark));
        Assert.Equal("Falta el padrón.", SpeakerTag.Strip("Secretaría Ejecutiva [Meta 330.1]: Falta el padrón."));
    }
}
