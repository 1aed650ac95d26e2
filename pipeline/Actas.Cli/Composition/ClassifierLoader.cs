using Actas.Classification.Runtime;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Pipeline.Labelling;

namespace Actas.Cli.Composition;

/// <summary>
/// The classify stage for extract and import: the model given with --model, else the one found
/// from the working directory or the app; none → feedback stays unlabelled with a notice.
/// </summary>
public static class ClassifierLoader
{
    /// <summary>The classifier, or null with the reason why there is none.</summary>
    public static (IFeedbackClassifier? Classifier, string? Notice) Load(string? explicitPath, bool disabled)
    {
        if (disabled)
        {
            return (null, null);
        }

        var path = ModelLocator.Find(explicitPath, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (path is null)
        {
            return (null, explicitPath is null
                ? Localized.Format("model.unlabelled-none", ModelLocator.NotFoundMessage)
                : Localized.Format("model.unlabelled-missing", explicitPath));
        }

        try
        {
            return (FeedbackClassifier.Load(path), null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or InvalidDataException or FormatException)
        {
            return (null, Localized.Format("model.unlabelled-cannot-load", path, LineWording.Word(ex)));
        }
    }
}
