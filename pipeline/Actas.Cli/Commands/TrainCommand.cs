using System.ComponentModel;
using System.Globalization;
using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Classification.Runtime;
using Actas.Classification.Training;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>`actas train`: fits the feedback classifier on models/data and saves it with metrics.json; with --db,
/// see <see cref="CorrectionRetraining"/>.</summary>
public sealed class TrainCommand : Command<TrainCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>")]
        [LocalizedDescription("opt.train.data")]
        [DefaultValue("models/data")]
        public string Data { get; init; } = "models/data";

        [CommandOption("--out <DIR>")]
        [LocalizedDescription("opt.train.out")]
        [DefaultValue("models")]
        public string Out { get; init; } = "models";

        [CommandOption("--trainer <NAME>")]
        [LocalizedDescription("opt.train.trainer")]
        [DefaultValue("auto")]
        public string Trainer { get; init; } = "auto";

        [CommandOption("--seed <N>")]
        [LocalizedDescription("opt.train.seed")]
        [DefaultValue(FeedbackTrainingOptions.DefaultSeed)]
        public int Seed { get; init; } = FeedbackTrainingOptions.DefaultSeed;

        [CommandOption("--features <KIND>")]
        [LocalizedDescription("opt.train.features")]
        [DefaultValue("cues")]
        public string Features { get; init; } = "cues";

        [CommandOption("--db <FILE>")]
        [LocalizedDescription("opt.train.database")]
        public string? Database { get; init; }

        [CommandOption("--force")]
        [LocalizedDescription("opt.train.force")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            if (!TrainerNames.ContainsKey(Trainer.ToLowerInvariant()) && !Trainer.Equals("auto", StringComparison.OrdinalIgnoreCase))
            {
                return ValidationResult.Error(Localized.Format("val.trainer", Trainer));
            }

            return Features.Equals("cues", StringComparison.OrdinalIgnoreCase) || Features.Equals("grams", StringComparison.OrdinalIgnoreCase)
                ? ValidationResult.Success()
                : ValidationResult.Error(Localized.Format("val.features", Features));
        }
    }

    private static readonly Dictionary<string, FeedbackTrainerKind> TrainerNames = new(StringComparer.Ordinal)
    {
        ["sdca"] = FeedbackTrainerKind.Sdca,
        ["lbfgs"] = FeedbackTrainerKind.Lbfgs,
        ["lightgbm"] = FeedbackTrainerKind.LightGbm,
        ["ova"] = FeedbackTrainerKind.Ova,
    };

    /// <summary>The trainer for <paramref name="name"/>; "auto" means the current model's trainer (a retrain with
    /// corrections keeps the trainer the comparison chose), else OVA.</summary>
    public static FeedbackTrainerKind TrainerFor(string name, string? currentTrainer)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TrainerNames.TryGetValue(name.ToLowerInvariant(), out var kind))
        {
            return kind;
        }

        return currentTrainer is not null && TrainerNames.TryGetValue(currentTrainer, out var current) ? current : FeedbackTrainerKind.Ova;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Database is not null)
        {
            return CorrectionRetraining.Run(settings, AnsiConsole.Console);
        }

        FeedbackDataset data;
        try
        {
            data = FeedbackDataset.Load(Composition.BundledFiles.Resolve(settings.Data));
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine(LineWording.Word(ex));
            return 1;
        }

        var trainers = settings.Trainer.Equals("auto", StringComparison.OrdinalIgnoreCase)
            ? TrainerComparison.AllTrainers
            : [TrainerNames[settings.Trainer.ToLowerInvariant()]];
        AnsiConsole.MarkupLine(Markup.Escape(Localized.Format("train.start", data.Train.Count, data.Test.Count, settings.Seed)));
        var (best, all) = TrainerComparison.Run(data, trainers, new FeedbackTrainingOptions(Seed: settings.Seed, Cues: settings.Features.Equals("cues", StringComparison.OrdinalIgnoreCase)),
            onTrained: m => AnsiConsole.MarkupLine(Markup.Escape(TrainerLine(m.Trainer.ToString().ToLowerInvariant(), m.TestMetrics.MacroF1, m.TrainingTime))));

        var comparison = all.Select(TrainerComparison.Score).ToList();
        if (all.Count > 1)
        {
            var labels = data.Train.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var ensemble = EnsembleEvaluation.Evaluate(all, data.Test, labels);
            AnsiConsole.MarkupLine(Markup.Escape(Localized.Format("train.ensemble", F(ensemble.MacroF1), F(ensemble.Accuracy), F(ensemble.MinLabelF1))));
            comparison.Add(new TrainerScore("ensemble", ensemble.Accuracy, ensemble.MacroF1, ensemble.MinLabelF1, all.Sum(m => m.TrainingTime.TotalSeconds)));
        }

        if (comparison.Count > 1)
        {
            AnsiConsole.Write(MetricsTables.Comparison(comparison, best.Trainer.ToString().ToLowerInvariant()));
        }

        AnsiConsole.MarkupLine(Localized.Format("train.chosen",
            $"[bold]{best.Trainer.ToString().ToLowerInvariant()}[/]", F(best.TestMetrics.Accuracy), $"[bold]{F(best.TestMetrics.MacroF1)}[/]"));
        AnsiConsole.Write(MetricsTables.PerLabel(best.TestMetrics));
        AnsiConsole.Write(MetricsTables.Confusion(best.TestMetrics.Confusion));

        var modelPath = Path.Combine(settings.Out, "feedback-classifier.zip");
        ClassificationMetrics? current = null;
        string? currentVersion = null;
        if (File.Exists(modelPath))
        {
            var currentModel = FeedbackClassifier.Load(modelPath);
            currentVersion = currentModel.ModelVersion;
            current = SavedModelEvaluator.Evaluate(currentModel, data.Test);
            AnsiConsole.MarkupLine(Markup.Escape(Localized.Format("train.current", currentVersion, F(current.Accuracy), F(current.MacroF1))));
            AnsiConsole.Write(MetricsTables.PerLabel(current));
            AnsiConsole.Write(MetricsTables.Confusion(current.Confusion));
        }

        if (best.Calibration is { } cal)
        {
            AnsiConsole.MarkupLine(Markup.Escape(Localized.Format("train.calibration",
                cal.Temperature.ToString("0.00", CultureInfo.InvariantCulture), F(cal.ReviewThreshold), cal.ShareBelowThreshold, F(cal.AccuracyAboveThreshold))));
            foreach (var (raw, label) in new[] { (cal.Raw, "raw"), (cal.Calibrated, "calibrated") })
            {
                AnsiConsole.MarkupLine($"  {label}: " + string.Join("  ", raw.Select(b =>
                    $"[[{b.From:0.0},{b.To:0.0}) n={b.Count} conf={F(b.MeanConfidence)} acc={F(b.Accuracy)}]]")));
            }
        }

        var created = DateTimeOffset.UtcNow;
        var manifest = FeedbackModelWriter.Save(best, modelPath, created);
        var report = new ModelMetricsReport(manifest.Version, manifest.Trainer, created, settings.Seed, best.TrainRows, best.TestRows,
            Math.Round(best.TrainingTime.TotalSeconds, 2), best.TestMetrics, comparison,
            best.Calibration, current, currentVersion, manifest.Features);
        File.WriteAllText(Path.Combine(settings.Out, "metrics.json"), report.ToJson() + "\n");
        AnsiConsole.MarkupLine(Markup.Escape(Localized.Format("train.saved", modelPath, manifest.Version)));
        return 0;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>One trainer's progress line ("  lbfgs     macro-F1 0.842  (3.1 s)"), in the user's language.</summary>
    public static string TrainerLine(string trainer, double macroF1, TimeSpan time) =>
        Localized.Format("train.trainer", trainer, F(macroF1), time.TotalSeconds);
}
