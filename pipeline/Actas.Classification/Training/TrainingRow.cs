namespace Actas.Classification.Training;

/// <summary>A row as ML.NET loads it for training (mutable: ML.NET maps it by reflection).</summary>
public sealed class TrainingRow
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}
