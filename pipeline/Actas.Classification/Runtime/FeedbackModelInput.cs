namespace Actas.Classification.Runtime;

/// <summary>The saved model's input row: one feedback item's text.</summary>
public sealed class FeedbackModelInput
{
    public string Text { get; set; } = "";
}
