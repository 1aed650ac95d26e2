using Actas.Pipeline.Model;

namespace Actas.Pipeline.Labelling;

/// <summary>The classify stage: returns the acta with every feedback item labelled.</summary>
public static class ActaLabeller
{
    public static Acta Label(Acta acta, IFeedbackClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(acta);
        ArgumentNullException.ThrowIfNull(classifier);
        var strategies = acta.Strategies
            .Select(s => s with
            {
                Feedback = s.Feedback.Select(f =>
                {
                    var p = classifier.Predict(f.Text);
                    return f with { Label = p.Label, Confidence = Math.Round(p.Confidence, 4) };
                }).ToList(),
            })
            .ToList();
        return acta with { Strategies = strategies };
    }
}
