using Actas.Cli.Usage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query strategy N</c>: the whole history of strategy N across sessions and bodies.</summary>
public sealed class StrategyCommand : Command<StrategyCommand.Settings>
{
    public sealed class Settings : QuerySettings
    {
        [CommandArgument(0, "<NUMBER>")]
        [LocalizedDescription("opt.query-strategy.number")]
        public int Number { get; init; }

        public override ValidationResult Validate() =>
            Number <= 0 ? ValidationResult.Error(Localized.Format("val.strategy-number", Number)) : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (queries, _) => queries.Strategy(settings.Number, settings.Filter));
}
