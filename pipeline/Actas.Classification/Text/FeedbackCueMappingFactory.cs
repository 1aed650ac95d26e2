using Microsoft.ML.Transforms;

namespace Actas.Classification.Text;

/// <summary>Puts <see cref="FeedbackCues"/> inside the saved model as a CustomMapping (contract saved in the zip).</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class FeedbackCueMappingFactory : CustomMappingFactory<CueInput, CueOutput>
{
    public const string ContractName = "ActasFeedbackCues";

    public static void Map(CueInput input, CueOutput output) => output.Cues = FeedbackCues.Vector(input.Text);

    public override Action<CueInput, CueOutput> GetMapping() => Map;
}
