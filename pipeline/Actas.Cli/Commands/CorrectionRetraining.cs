using System.Globalization;
using System.Text.Json;
using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Classification.Promotion;
using Actas.Classification.Runtime;
using Actas.Classification.Training;
using Actas.Storage;
using Actas.Storage.Labels;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>
/// <c>actas train --db FILE [--force]</c>: trains on models/data plus the stored corrections, scores the candidate
/// and the current model (--out/feedback-classifier.zip) on the same fixed test split, and promotes the candidate
/// only if <see cref="PromotionGate"/> allows it (or --force). A promoted model replaces the file atomically and
/// relabels the stored items; corrected items keep their corrected label (corrections live in label_corrections).
/// </summary>
/// <remarks>Exit codes: 0 promoted, 2 kept the current model, 1 error.</remarks>
public static class CorrectionRetraining
{
    public const int NotPromoted = 2;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(TrainCommand.Settings settings, IAnsiConsole console) => RunWithVerdict(settings, console).Exit;

    /// <summary>As <see cref="Run"/>, also handing back the gate's verdict as printed after "Gate:" (null when the run
    /// stopped before the gate), for the workbench's retrain page.</summary>
    public static (int Exit, string? Verdict) RunWithVerdict(TrainCommand.Settings settings, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var database = settings.Database ?? throw new ArgumentException("--db is required here", nameof(settings));
        if (!File.Exists(database))
        {
            console.WriteLine(Localized.Format("NoDatabase", database));
            return (1, null);
        }

        // Opened before anything is trained: another program's SQLite file (or no database at all) is one clear line,
        // and nothing is added to it (ActaDatabase.Open looks at it read-only first).
        if (TryOpen(database, console) is not { } connection)
        {
            return (1, null);
        }

        using var opened = connection;
        FeedbackDataset data;
        try
        {
            data = FeedbackDataset.Load(Composition.BundledFiles.Resolve(settings.Data));
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            console.WriteLine(LineWording.Word(ex));
            return (1, null);
        }

        var store = new SqliteLabelStore(connection);
        var stored = store.TrainingCorrections();
        var corrections = stored.Select(c => new FeedbackExample(c.Id, c.Text, c.Label, "correction")).ToList();
        var onItems = stored.Count(c => c.FeedbackItemId is not null);

        var modelPath = Path.Combine(settings.Out, "feedback-classifier.zip");
        var currentManifest = File.Exists(modelPath) ? ModelManifest.ReadFrom(modelPath) : null;
        var kind = TrainCommand.TrainerFor(settings.Trainer, currentManifest?.Trainer);
        var options = new FeedbackTrainingOptions(kind, settings.Seed, Cues: settings.Features.Equals("cues", StringComparison.OrdinalIgnoreCase));
        console.WriteLine(Localized.Format("train.db.start", kind.ToString().ToLowerInvariant(), data.Train.Count, corrections.Count,
            options.CorrectionRepeat, data.Test.Count, settings.Seed));
        var testTexts = data.Test.Select(t => Normalize(t.Text)).ToHashSet(StringComparer.Ordinal);
        var inTest = corrections.Count(c => testTexts.Contains(Normalize(c.Text)));
        if (inTest > 0)
        {
            console.WriteLine(Localized.Format("train.db.in-test", inTest, FeedbackDataset.TestFile));
        }

        var candidate = new FeedbackModelTrainer(options).Train(data, corrections);

        FeedbackClassifier? current = File.Exists(modelPath) ? FeedbackClassifier.Load(modelPath) : null;
        var currentMetrics = current is null ? null : SavedModelEvaluator.Evaluate(current, data.Test);
        var (promote, forced, reason, verdict) = Decide(console, current?.ModelVersion, currentMetrics, candidate.TestMetrics, settings.Force);

        var created = DateTimeOffset.UtcNow;
        var trainer = kind.ToString().ToLowerInvariant();
        var version = UniqueVersion(store, ModelManifest.NewVersion(created, trainer), current?.ModelVersion);
        if (current is not null && currentMetrics is not null && !store.HasModelVersion(current.ModelVersion))
        {
            store.RecordModelVersion(new ModelVersionRecord(current.ModelVersion, currentManifest?.Trainer ?? "unknown",
                MetricsJson(currentMetrics, null, null), currentManifest?.CreatedUtc ?? created, Promoted: store.PromotedVersion() is null));
        }

        var metricsJson = MetricsJson(candidate.TestMetrics, corrections.Count, reason);
        if (!promote)
        {
            store.RecordModelVersion(new ModelVersionRecord(version, trainer, metricsJson, created));
            console.WriteLine(Localized.Format("train.db.kept", modelPath, version));
            return (NotPromoted, verdict);
        }

        // Written beside the model so the final move is a rename on one file system: readers see the old file or the new one.
        var candidatePath = Path.Combine(settings.Out, $".feedback-classifier.candidate-{Guid.NewGuid():N}.zip");
        try
        {
            FeedbackModelWriter.Save(candidate, candidatePath, created, version);
            File.Move(candidatePath, modelPath, overwrite: true);
        }
        finally
        {
            File.Delete(candidatePath);
        }

        var report = new ModelMetricsReport(version, trainer, created, settings.Seed, candidate.TrainRows, candidate.TestRows,
            Math.Round(candidate.TrainingTime.TotalSeconds, 2), candidate.TestMetrics, [TrainerComparison.Score(candidate)],
            Features: candidate.Features);
        var metricsPath = Path.Combine(settings.Out, "metrics.json");
        File.WriteAllText(metricsPath + ".tmp", report.ToJson() + "\n");
        File.Move(metricsPath + ".tmp", metricsPath, overwrite: true);
        store.RecordModelVersion(new ModelVersionRecord(version, trainer, metricsJson, created, Promoted: true, Forced: forced));

        var relabelled = store.Relabel(FeedbackClassifier.Load(modelPath));
        console.WriteLine(Localized.Format(forced ? "train.db.promoted-forced" : "train.db.promoted", version, modelPath, relabelled, onItems));
        return (0, verdict);
    }

    /// <summary>Prints both models side by side and the gate's verdict; returns whether to promote, whether --force made it,
    /// the gate's English reason (kept with the model version) and its verdict as printed (in the user's language).</summary>
    public static (bool Promote, bool Forced, string Reason, string Verdict) Decide(
        IAnsiConsole console, string? currentVersion, ClassificationMetrics? current, ClassificationMetrics candidate, bool force)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(MetricsTables.SideBySide(current, candidate, currentVersion ?? Localized.Text("metrics.current")));
        var decision = PromotionGate.Decide(current, candidate);
        var verdict = Localized.Format("gate.line", PromotionWording.Verdict(decision));
        console.WriteLine(verdict);
        if (!decision.Promote && force)
        {
            console.WriteLine(Localized.Text("gate.forced"));
            return (true, true, decision.Reason, verdict);
        }

        return (decision.Promote, false, decision.Reason, verdict);
    }

    /// <returns>The migrated connection, or null after one line saying why the file is not an actas database.</returns>
    private static SqliteConnection? TryOpen(string database, IAnsiConsole console)
    {
        try
        {
            return new FileInfo(database).Length == 0 ? throw ActaDatabaseException.Empty(database) : ActaDatabase.Open(database);
        }
        catch (ActaDatabaseException ex)
        {
            console.WriteLine(LineWording.Word(ex));
        }
        catch (SqliteException ex)
        {
            console.WriteLine(Localized.Format("store.cannot-open-give-db", database, LineWording.Word(ex)));
        }

        return null;
    }

    private static string UniqueVersion(SqliteLabelStore store, string version, string? currentVersion)
    {
        var unique = version;
        for (var n = 2; store.HasModelVersion(unique) || unique == currentVersion; n++)
        {
            unique = version + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string MetricsJson(ClassificationMetrics m, int? corrections, string? gate) =>
        JsonSerializer.Serialize(new
        {
            Accuracy = Math.Round(m.Accuracy, 4),
            MacroF1 = Math.Round(m.MacroF1, 4),
            LabelF1 = m.PerLabel.ToDictionary(l => l.Label, l => Math.Round(l.F1, 4)),
            TestRows = m.PerLabel.Sum(l => l.Support),
            Corrections = corrections,
            Gate = gate,
        }, Json);
}
