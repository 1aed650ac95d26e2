using Actas.Cli.Usage;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query unreported</c>: goals never reported in the sessions that reviewed them.</summary>
public sealed class UnreportedCommand : Command<UnreportedCommand.Settings>
{
    public sealed class Settings : QuerySettings
    {
        [CommandOption("--any")]
        [LocalizedDescription("opt.query-unreported.any")]
        public bool Any { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (queries, _) => queries.Unreported(settings.Filter, settings.Any));
}
