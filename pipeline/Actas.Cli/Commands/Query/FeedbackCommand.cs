using System.ComponentModel;
using Actas.Cli.Usage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query feedback [--by institution|strategy]</c>: feedback label mix per year and institution or strategy.</summary>
public sealed class FeedbackCommand : Command<FeedbackCommand.Settings>
{
    public sealed class Settings : QuerySettings
    {
        [CommandOption("--by <GROUPING>")]
        [LocalizedDescription("opt.query-feedback.by")]
        [DefaultValue("institution")]
        public string By { get; init; } = "institution";

        public override ValidationResult Validate() =>
            By is "institution" or "strategy"
                ? base.Validate()
                : ValidationResult.Error(Localized.Format("val.by", By));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        settings.By == "strategy"
            ? QueryRunner.Run(settings, (queries, _) => queries.FeedbackByStrategy(settings.Filter))
            : QueryRunner.Run(settings, (queries, _) => queries.FeedbackByInstitution(settings.Filter));
}
