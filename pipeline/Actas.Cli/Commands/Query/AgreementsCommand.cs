using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query agreements</c>: announced reviews and next-session dates that no later acta shows.</summary>
public sealed class AgreementsCommand : Command<QuerySettings>
{
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (queries, _) => queries.Agreements(settings.Filter));
}
