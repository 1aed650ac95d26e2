using Actas.Classification.Text;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Actas.Classification.Training;

/// <summary>
/// Text → "Features": Lucene Spanish normalisation (CustomMapping), word 1–2-grams and
/// character 3–5-grams of the normalised text, each block L2-normalised, then concatenated.
/// </summary>
public static class FeedbackFeaturizer
{
    public const string TextColumn = "Text";
    public const string FeaturesColumn = "Features";

    /// <param name="cues">Also the <see cref="FeedbackCues"/> vector (who speaks, placement in another strategy, requests, negation).</param>
    public static IEstimator<ITransformer> Build(MLContext ml, bool cues = false)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var text = ml.Transforms;
        var grams = text.CustomMapping<NormalizerInput, NormalizerOutput>(
                SpanishNormalizingMappingFactory.Map, SpanishNormalizingMappingFactory.ContractName)
            .Append(text.Text.TokenizeIntoWords("Words", nameof(NormalizerOutput.NormalizedText)))
            .Append(text.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(text.Text.ProduceNgrams("WordGrams", "WordKeys", ngramLength: 2, useAllLengths: true,
                weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(text.NormalizeLpNorm("WordGrams"))
            .Append(text.Text.TokenizeIntoCharactersAsKeys("Chars", nameof(NormalizerOutput.NormalizedText)))
            .Append(text.Text.ProduceNgrams("Char3", "Chars", ngramLength: 3, useAllLengths: false))
            .Append(text.Text.ProduceNgrams("Char4", "Chars", ngramLength: 4, useAllLengths: false))
            .Append(text.Text.ProduceNgrams("Char5", "Chars", ngramLength: 5, useAllLengths: false))
            .Append(text.Concatenate("CharGrams", "Char3", "Char4", "Char5"))
            .Append(text.NormalizeLpNorm("CharGrams"));
        if (!cues)
        {
            return grams.Append(text.Concatenate(FeaturesColumn, "WordGrams", "CharGrams"));
        }

        return grams
            .Append(text.CustomMapping<CueInput, CueOutput>(FeedbackCueMappingFactory.Map, FeedbackCueMappingFactory.ContractName))
            .Append(text.Concatenate(FeaturesColumn, "WordGrams", "CharGrams", nameof(CueOutput.Cues)));
    }
}
