using System.ComponentModel;
using Actas.Cli.Composition;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Storage;
using Actas.Storage.Labels;
using Microsoft.Data.Sqlite;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Labels;

/// <summary>
/// <c>actas labels relabel --db FILE [--model M] [--all]</c>: labels the stored feedback items no model labelled (an import
/// without a model) and those another model version labelled, with the current model; corrections keep winning.
/// </summary>
public sealed class LabelsRelabelCommand : Command<LabelsRelabelCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--db <FILE>")]
        [LocalizedDescription("opt.labels-relabel.database")]
        [DefaultValue("actas.db")]
        public string Database { get; init; } = "actas.db";

        [CommandOption("--model <FILE>")]
        [LocalizedDescription("opt.labels-relabel.model")]
        public string? Model { get; init; }

        [CommandOption("--all")]
        [LocalizedDescription("opt.labels-relabel.all")]
        public bool All { get; init; }

        [CommandOption("-q|--quiet")]
        [LocalizedDescription("opt.quiet")]
        public bool Quiet { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, Console.Error);

    public static int Run(Settings settings, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(settings.Database))
        {
            error.WriteLine(Localized.Format("NoDatabase", settings.Database));
            return ExitCodes.Failed;
        }

        var (classifier, notice) = ClassifierLoader.Load(settings.Model, disabled: false);
        if (classifier is null)
        {
            error.WriteLine(notice);
            return ExitCodes.Failed;
        }

        try
        {
            using var connection = ActaDatabase.Open(settings.Database);
            var labels = new SqliteLabelStore(connection);
            var (unlabelled, otherModel) = labels.LabelState(classifier.ModelVersion);
            var relabelled = settings.All ? labels.Relabel(classifier) : labels.RelabelOutdated(classifier);
            if (!settings.Quiet)
            {
                output.WriteLine(Localized.Format("Relabelled", relabelled, unlabelled, otherModel, classifier.ModelVersion));
            }

            return ExitCodes.Ok;
        }
        catch (SqliteException ex)
        {
            error.WriteLine(Localized.Format("CannotReadDatabase", settings.Database, LineWording.Word(ex)));
            return ExitCodes.Failed;
        }
    }
}
