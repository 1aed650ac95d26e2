namespace Actas.Classification.Runtime;

/// <summary>The saved model's output row.</summary>
public sealed class FeedbackModelOutput
{
    public const string PredictedLabelColumn = "PredictedLabel";

    public string PredictedLabel { get; set; } = "";

    /// <summary>One probability per label (0..1), in the training label-key order.</summary>
    public float[] Score { get; set; } = [];
}
