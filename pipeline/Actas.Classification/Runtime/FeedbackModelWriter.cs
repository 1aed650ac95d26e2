using Actas.Classification.Training;

namespace Actas.Classification.Runtime;

/// <summary>Saves a trained model as an ML.NET zip with its <see cref="ModelManifest"/>.</summary>
public static class FeedbackModelWriter
{
    /// <param name="version">The manifest version; null for <see cref="ModelManifest.NewVersion"/> (minute resolution).</param>
    public static ModelManifest Save(TrainedFeedbackModel trained, string path, DateTimeOffset createdUtc, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(trained);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var trainer = trained.Trainer.ToString().ToLowerInvariant();
        var manifest = new ModelManifest(version ?? ModelManifest.NewVersion(createdUtc, trainer), trainer, createdUtc, FeedbackLabels.All,
            trained.Calibration?.Temperature ?? 1.0, trained.Calibration?.ReviewThreshold, trained.Features);
        var temp = path + ".tmp";
        trained.Context.Model.Save(trained.Model, trained.InputSchema, temp);
        manifest.WriteInto(temp);
        File.Move(temp, path, overwrite: true);
        return manifest;
    }
}
