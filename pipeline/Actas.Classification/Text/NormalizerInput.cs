namespace Actas.Classification.Text;

/// <summary>Input row of <see cref="SpanishNormalizingMappingFactory"/>.</summary>
public sealed class NormalizerInput
{
    public string Text { get; set; } = "";
}
