using System.Globalization;
using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Classification.Runtime;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>`actas score FILE`: scores a saved model on a labelled id,text,label,source file and prints only
/// aggregate figures (accuracy, macro-F1, per-label table, confusion matrix) — never a text — so a blind set
/// can be scored without being read.</summary>
public sealed class ScoreCommand : Command<ScoreCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [LocalizedDescription("opt.score.file")]
        public string File { get; init; } = "";

        [CommandOption("--model <FILE>")]
        [LocalizedDescription("opt.score.model")]
        public string? Model { get; init; }

        [CommandOption("--json <FILE>")]
        [LocalizedDescription("opt.score.json")]
        public string? Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            Console.Error.WriteLine(Localized.Format("classify.no-file", "score", settings.File));
            return 1;
        }

        IReadOnlyList<FeedbackExample> rows;
        try
        {
            rows = FeedbackCsv.Read(settings.File);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine(LineWording.Word(ex));
            return 1;
        }

        var modelPath = ModelLocator.Find(settings.Model, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (modelPath is null)
        {
            Console.Error.WriteLine(settings.Model is null
                ? Localized.Format("model.not-found", "score", ModelLocator.NotFoundMessage)
                : Localized.Format("model.file-not-found", "score", settings.Model));
            return 1;
        }

        FeedbackClassifier classifier;
        try
        {
            classifier = FeedbackClassifier.Load(modelPath);
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or FormatException or IOException)
        {
            Console.Error.WriteLine(Localized.Format("classify.cannot-load", "score", modelPath, LineWording.Word(ex)));
            return 1;
        }

        var metrics = SavedModelEvaluator.Evaluate(classifier, rows);
        AnsiConsole.MarkupLine(Localized.Format("score.line",
            Markup.Escape(classifier.ModelVersion), rows.Count, F(metrics.Accuracy), $"[bold]{F(metrics.MacroF1)}[/]", F(metrics.MinLabelF1)));
        AnsiConsole.Write(MetricsTables.PerLabel(metrics));
        AnsiConsole.Write(MetricsTables.Confusion(metrics.Confusion));
        if (settings.Json is not null)
        {
            System.IO.File.WriteAllText(settings.Json, System.Text.Json.JsonSerializer.Serialize(metrics,
                new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true }) + "\n");
        }

        return 0;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
