using System.ComponentModel;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Storage;
using Actas.Storage.Keys;
using Actas.Storage.Labels;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Labels;

/// <summary>
/// <c>actas labels export --db FILE [--out labels.csv] [--uncertain N] [--body TEXT]</c>: the stored feedback
/// items as a review CSV, least confident first. <c>corrected</c> holds the item's current correction, if any, so a
/// file exported after an import shows what was already decided and importing it again changes nothing.
/// </summary>
public sealed class LabelsExportCommand : Command<LabelsExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--db <FILE>")]
        [LocalizedDescription("opt.labels-export.database")]
        [DefaultValue("actas.db")]
        public string Database { get; init; } = "actas.db";

        [CommandOption("--out <FILE>")]
        [LocalizedDescription("opt.labels-export.out")]
        [DefaultValue("labels.csv")]
        public string Out { get; init; } = "labels.csv";

        [CommandOption("--uncertain <N>")]
        [LocalizedDescription("opt.labels-export.uncertain")]
        public int? Uncertain { get; init; }

        [CommandOption("--body <TEXT>")]
        [LocalizedDescription("opt.labels-export.body")]
        public string? Body { get; init; }

        [CommandOption("-q|--quiet")]
        [LocalizedDescription("opt.quiet")]
        public bool Quiet { get; init; }

        public override ValidationResult Validate() =>
            Uncertain is < 1 ? ValidationResult.Error(Localized.Text("val.uncertain")) : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, Console.Error);

    /// <summary>Writes the review CSV; one line on <paramref name="output"/> says what it holds (none with --quiet), a
    /// failure is one line on <paramref name="error"/> (<paramref name="output"/> when null) and exit code 1.</summary>
    public static int Run(Settings settings, TextWriter output, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        error ??= output;
        if (!File.Exists(settings.Database))
        {
            error.WriteLine(Localized.Format("NoDatabase", settings.Database));
            return 1;
        }

        IReadOnlyList<LabelReviewRow> rows;
        try
        {
            using var connection = ActaDatabase.OpenForReading(settings.Database);
            rows = new SqliteLabelStore(connection).ReviewRows(settings.Body is null ? null : TextKey.Fold(settings.Body));
        }
        catch (SqliteException ex)
        {
            error.WriteLine(Localized.Format("CannotReadDatabase", settings.Database, LineWording.Word(ex)));
            return 1;
        }
        catch (ActaDatabaseException ex)
        {
            error.WriteLine(LineWording.Word(ex));
            return 1;
        }

        if (settings.Uncertain is { } n)
        {
            rows = rows.Where(r => r.Corrected is null).Take(n).ToList();
        }

        try
        {
            LabelReviewCsvWriter.Write(settings.Out, rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Localized.Format("labels.cannot-write", settings.Out, LineWording.Word(ex)));
            return 1;
        }

        var corrected = rows.Count(r => r.Corrected is not null);
        if (!settings.Quiet)
        {
            output.WriteLine(Localized.Format("labels.exported", settings.Out, rows.Count, corrected));
        }

        return 0;
    }
}
