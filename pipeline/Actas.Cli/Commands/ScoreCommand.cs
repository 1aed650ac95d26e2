using System.ComponentModel;
using System.Globalization;
using Actas.Classification.Data;
using Actas.Classification.Evaluation;
using Actas.Classification.Runtime;
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
        [Description("Labelled CSV (id,text,label,source)")]
        public string File { get; init; } = "";

        [CommandOption("--model")]
        [Description("Model zip")]
        [DefaultValue("models/feedback-classifier.zip")]
        public string Model { get; init; } = "models/feedback-classifier.zip";

        [CommandOption("--json <FILE>")]
        [Description("Also write the metrics as JSON")]
        public string? Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<FeedbackExample> rows;
        try
        {
            rows = FeedbackCsv.Read(settings.File);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        var classifier = FeedbackClassifier.Load(settings.Model);
        var metrics = SavedModelEvaluator.Evaluate(classifier, rows);
        AnsiConsole.MarkupLine($"{Markup.Escape(classifier.ModelVersion)} on {rows.Count} items: accuracy {F(metrics.Accuracy)}  macro-F1 [bold]{F(metrics.MacroF1)}[/]  min label F1 {F(metrics.MinLabelF1)}");
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
