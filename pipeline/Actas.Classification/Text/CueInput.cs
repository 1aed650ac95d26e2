namespace Actas.Classification.Text;

/// <summary>Input row of <see cref="FeedbackCueMappingFactory"/>.</summary>
public sealed class CueInput
{
    public string Text { get; set; } = "";
}
