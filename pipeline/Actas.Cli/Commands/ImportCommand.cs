using System.ComponentModel;
using System.Reflection;
using Actas.Pipeline;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Storage;
using Actas.Storage.Import;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;
using Actas.Cli.Composition;

namespace Actas.Cli.Commands;

/// <summary>
/// <c>actas import PATH... [--db actas.db]</c>: reads every acta under the paths into the database. One line
/// per file ("{path}: stored", "{path}: {reason}"), then the counts; exit code 1 if any file failed.
/// </summary>
public sealed class ImportCommand : Command<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Acta files or folders (searched recursively for .docx .pdf .txt .doc .odt .rtf; folders named src are skipped)")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--db <FILE>")]
        [Description("The SQLite database to write; created if missing")]
        [DefaultValue("actas.db")]
        public string Database { get; init; } = "actas.db";

        [CommandOption("--model <FILE>")]
        [Description("Feedback classifier model (default: models/feedback-classifier.zip found upward)")]
        public string? Model { get; init; }

        [CommandOption("--no-classify")]
        [Description("Store feedback without labels")]
        public bool NoClassify { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pipeline = ActaPipeline.CreateDefault();
        var (classifier, notice) = ClassifierLoader.Load(settings.Model, settings.NoClassify);
        if (notice is not null)
        {
            Console.Error.WriteLine(notice);
        }

        // A progress bar only where someone watches it: not when output goes to a file or a pipe.
        var progressConsole = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive ? AnsiConsole.Console : null;
        return Run(
            settings,
            path => pipeline.Process(path, cancellationToken: cancellationToken),
            classifier,
            Console.Out,
            progressConsole,
            cancellationToken);
    }

    /// <param name="read">Reads and extracts one file (the pipeline; a fake in tests).</param>
    /// <param name="progressConsole">Interactive console for the progress bar; null prints plain lines to <paramref name="output"/>.</param>
    public static int Run(
        Settings settings,
        Func<string, Acta> read,
        IFeedbackClassifier? classifier,
        TextWriter output,
        IAnsiConsole? progressConsole,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        SqliteActaStore store;
        try
        {
            store = SqliteActaStore.Open(settings.Database);
        }
        catch (SqliteException ex)
        {
            output.WriteLine($"{settings.Database}: cannot open the database ({ex.Message})");
            return 1;
        }

        using (store)
        {
            var importer = new ActaImporter(store, read, classifier, ExtractorVersion);
            var candidates = ImportFileFinder.Find(settings.Paths);
            void Report(ImportFileResult result)
            {
                if (progressConsole is null)
                {
                    output.WriteLine(result.Line);
                }
                else
                {
                    progressConsole.MarkupLine(result.Failed ? $"[red]{Markup.Escape(result.Line)}[/]" : Markup.Escape(result.Line));
                }
            }

            ImportSummary summary;
            if (progressConsole is null || candidates.Count < 2)
            {
                summary = importer.Import(candidates, Report, cancellationToken);
            }
            else
            {
                summary = progressConsole.Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask("Importing", maxValue: candidates.Count);
                    return importer.Import(candidates, r => { Report(r); task.Increment(1); }, cancellationToken);
                });
            }

            if (candidates.Count == 0)
            {
                output.WriteLine("no acta files (.docx .pdf .txt .doc .odt .rtf) in the given paths");
            }

            output.WriteLine(summary.ToString());
            return summary.Failed > 0 ? 1 : 0;
        }
    }

    private static string? ExtractorVersion =>
        typeof(ActaPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
}
