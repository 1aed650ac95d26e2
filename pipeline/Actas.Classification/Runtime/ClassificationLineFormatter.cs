using System.Globalization;
using Actas.Pipeline.Labelling;

namespace Actas.Classification.Runtime;

/// <summary>The `actas classify` line: label, TAB, confidence (4 decimals, invariant), TAB, text.</summary>
public static class ClassificationLineFormatter
{
    public static string Format(FeedbackPrediction prediction, string text)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return prediction.Label + "\t" + prediction.Confidence.ToString("0.0000", CultureInfo.InvariantCulture) + "\t" + text;
    }
}
