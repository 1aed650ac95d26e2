namespace Actas.Classification.Text;

/// <summary>Output row of <see cref="FeedbackCueMappingFactory"/>: the cue tokens of <see cref="FeedbackCues"/>.</summary>
public sealed class CueOutput
{
    public string CueText { get; set; } = "";
}
