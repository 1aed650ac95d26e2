using System.ComponentModel;
using System.Globalization;
using Actas.Cli.Composition;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Evaluation;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>
/// <c>actas eval DIR</c>: extracts every document that has a gold file beside it and prints
/// precision/recall/F1 per field, overall, by format and by layout. Exit code 1 when a document
/// failed to extract, 2 when the folder holds no gold file.
/// </summary>
public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [LocalizedDescription("opt.eval.directory")]
        public string Directory { get; init; } = "";

        [CommandOption("-o|--out")]
        [LocalizedDescription("opt.eval.out")]
        public string? Out { get; init; }

        [CommandOption("--only")]
        [LocalizedDescription("opt.eval.only")]
        public string? Only { get; init; }

        [CommandOption("-f|--format")]
        [LocalizedDescription("opt.eval.format")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("--ocr <MODE>")]
        [LocalizedDescription("opt.ocr")]
        public string? Ocr { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [LocalizedDescription("opt.eval.timeout-seconds")]
        public double? TimeoutSeconds { get; init; }

        public override ValidationResult Validate() =>
            Format is not ("table" or "json") ? ValidationResult.Error(Localized.Format("val.format-table-json", Format))
            : OcrFlag.Parse(Ocr) is null ? ValidationResult.Error(OcrFlag.Error(Ocr))
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!System.IO.Directory.Exists(settings.Directory))
        {
            Console.Error.WriteLine(Localized.Format("eval.no-folder", settings.Directory));
            return 2;
        }

        var pipeline = ActaPipeline.CreateDefault();
        var options = ReadOptions.Default with
        {
            Ocr = OcrFlag.Parse(settings.Ocr) ?? OcrMode.Auto,
            Timeout = settings.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        // The read failures themselves, so their lines are worded from code and arguments (the report keeps English text).
        var unread = new System.Collections.Concurrent.ConcurrentDictionary<string, ActaReadException>(StringComparer.Ordinal);
        var evaluator = new CorpusEvaluator((path, token) =>
        {
            try
            {
                return pipeline.Process(path, options, token);
            }
            catch (ActaReadException ex)
            {
                unread[path] = ex;
                throw;
            }
        });
        var only = settings.Only is { } o ? CorpusFilter.For(settings.Directory, o) : null;
        var report = evaluator.Evaluate(settings.Directory, cancellationToken, only);
        if (report.Documents.Count == 0)
        {
            Console.Error.WriteLine(settings.Only is null
                ? Localized.Format("eval.no-gold", settings.Directory)
                : Localized.Format("eval.no-gold-only", settings.Directory, settings.Only));
            return 2;
        }

        var json = EvaluationReportJson.Serialize(report);
        if (settings.Out is { } outPath)
        {
            File.WriteAllText(outPath, json + Environment.NewLine);
        }

        if (settings.Format == "json")
        {
            Console.Out.WriteLine(json);
        }
        else
        {
            PrintTables(report);
        }

        var failures = report.Failures.ToList();
        foreach (var failure in failures)
        {
            Console.Error.WriteLine(FailureLine(failure.Document.DocumentPath, failure.Error ?? "", unread.GetValueOrDefault(failure.Document.DocumentPath)));
        }

        if (failures.Count > 0)
        {
            Console.Error.WriteLine(Localized.Format("eval.failed", failures.Count, report.Documents.Count));
        }

        return failures.Count > 0 ? 1 : 0;
    }

    private static void PrintTables(EvaluationReport report)
    {
        var overall = new Table().Title(Markup.Escape(Localized.Format("eval.overall", report.Documents.Count)))
            .AddColumn(new TableColumn(T("eval.field")).NoWrap())
            // Numbers need no left padding: the seven columns then fit 80 characters (a pipe) with the Spanish headers too.
            .AddColumns(new[] { T("eval.gold"), T("eval.extracted"), T("eval.matched"), T("metrics.precision"), T("metrics.recall"), "F1" }
                .Select(h => new TableColumn(h).PadLeft(0)).ToArray());
        foreach (var field in EvalFields.All)
        {
            var c = report.Overall[field];
            overall.AddRow(field, Num(c.Gold), Num(c.Extracted), Num(c.TruePositives), Pct(c.Precision), Pct(c.Recall), F1(c));
        }

        AnsiConsole.Write(overall);
        AnsiConsole.Write(Breakdown(T("eval.by-format"), report.ByFormat));
        AnsiConsole.Write(Breakdown(T("eval.by-layout"), report.ByLayout));
    }

    private static Table Breakdown(string title, IReadOnlyDictionary<string, ScoreTable> tables)
    {
        var table = new Table().Title(title).AddColumn(new TableColumn(T("eval.field")).NoWrap());
        foreach (var (key, scores) in tables)
        {
            table.AddColumn($"{Markup.Escape(key)} ({scores.Documents})");
        }

        foreach (var field in EvalFields.All)
        {
            table.AddRow([field, .. tables.Values.Select(t => F1(t[field]))]);
        }

        return table;
    }

    private static string T(string key) => Markup.Escape(Localized.Text(key));

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Pct(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string F1(FieldCounts counts)
    {
        if (!counts.IsScored)
        {
            return "[grey]–[/]";
        }

        var text = Pct(counts.F1);
        return counts.F1 >= 0.95 ? $"[green]{text}[/]" : $"[red]{text}[/]";
    }

    /// <summary>
    /// A document that could not be extracted, as its stderr line: in English "{path}: {ExceptionType}: {message}" as the
    /// report has it; in Spanish the read failure worded from its code and arguments, or the message by its shape.
    /// </summary>
    public static string FailureLine(string path, string error, ActaReadException? read)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!Localized.IsSpanish)
        {
            return $"{path}: {error}";
        }

        if (read is not null)
        {
            return $"{path}: {ReadFailureWording.Reason(read)}";
        }

        var colon = error.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !error[..colon].Contains(' ', StringComparison.Ordinal)
            ? $"{path}: {error[..colon]}: {LineWording.Word(error[(colon + 2)..])}"
            : $"{path}: {LineWording.Word(error)}";
    }
}
