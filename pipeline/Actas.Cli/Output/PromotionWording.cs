using System.Globalization;
using Actas.Classification.Promotion;
using Actas.Cli.Usage;

namespace Actas.Cli.Output;

/// <summary>
/// The promotion gate's verdict in the user's language (resources <c>gate.*</c>), worded from the numbers of a
/// <see cref="PromotionDecision"/>; label names as <see cref="LabelNames"/> shows them. In English it reads as
/// <see cref="PromotionDecision.Reason"/>, the line kept with the model version's record.
/// </summary>
public static class PromotionWording
{
    public static string Verdict(PromotionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.PreviousMacroF1 is not { } previous)
        {
            return Localized.Format("gate.first", F(decision.NextMacroF1));
        }

        var minor = decision.MinorDrops.Select(d => $"{LabelNames.Shown(d.Label)} {Signed(-d.Drop)}").ToList();
        var tail = minor.Count == 0 ? "" : Localized.Format("gate.smaller-drops", string.Join(", ", minor));
        if (decision.Promote && decision.BlockingDrops.Count == 0 && !decision.MacroFell)
        {
            return Localized.Format("gate.promoted", F(previous), F(decision.NextMacroF1), Signed(decision.NextMacroF1 - previous),
                F(decision.MaxLabelDrop)) + tail;
        }

        var problems = new List<string>();
        if (decision.MacroFell)
        {
            problems.Add(Localized.Format("gate.macro-fell", F(previous), F(decision.NextMacroF1), Signed(decision.NextMacroF1 - previous)));
        }

        problems.AddRange(decision.BlockingDrops.Select(d => Localized.Format("gate.label-fell",
            LabelNames.Shown(d.Label), F(d.Drop), F(d.Previous ?? 0), F(d.Next ?? 0), F(decision.MaxLabelDrop))));
        return Localized.Format("gate.refused", string.Join("; ", problems)) + tail;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture);
}
