using Microsoft.ML.Data;

namespace Actas.Classification.Text;

/// <summary>Output row of <see cref="FeedbackCueMappingFactory"/>: <see cref="FeedbackCues.Vector"/>.</summary>
public sealed class CueOutput
{
    [VectorType(FeedbackCues.Count)]
    public float[] Cues { get; set; } = new float[FeedbackCues.Count];
}
