using Actas.Cli.Usage;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query figures</c>: reported figures over time by unit, totals checked against their parts.</summary>
public sealed class FiguresCommand : Command<FiguresCommand.Settings>
{
    public sealed class Settings : QuerySettings
    {
        [CommandOption("--strategy <NUMBER>")]
        [LocalizedDescription("opt.query-figures.strategy")]
        public int? Strategy { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (queries, _) => queries.Figures(settings.Filter, settings.Strategy));
}
