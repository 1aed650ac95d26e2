namespace Actas.Classification.Text;

/// <summary>Output row of <see cref="SpanishNormalizingMappingFactory"/>: the analysed text.</summary>
public sealed class NormalizerOutput
{
    public string NormalizedText { get; set; } = "";
}
