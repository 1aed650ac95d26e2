using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary><c>actas sessions</c>: the stored sessions with body, number, date, strategy and attendee counts and file.</summary>
public sealed class SessionsCommand : Command<QuerySettings>
{
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (_, store) => store.Sessions(settings.Filter));
}
