using Microsoft.ML.Transforms;

namespace Actas.Classification.Text;

/// <summary>
/// Puts <see cref="SpanishTextNormalizer"/> inside the ML.NET pipeline as a CustomMapping, so
/// the saved model normalises by itself. Loading a model needs this assembly registered
/// (<c>mlContext.ComponentCatalog.RegisterAssembly</c>); the contract name is saved in the zip.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class SpanishNormalizingMappingFactory : CustomMappingFactory<NormalizerInput, NormalizerOutput>
{
    public const string ContractName = "ActasSpanishTextNormalizer";

    public static void Map(NormalizerInput input, NormalizerOutput output) =>
        output.NormalizedText = SpanishTextNormalizer.Instance.Normalize(input.Text);

    public override Action<NormalizerInput, NormalizerOutput> GetMapping() => Map;
}
