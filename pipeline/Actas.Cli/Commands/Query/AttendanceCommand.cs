using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query attendance</c>: per institution, sessions attended of those held, and who came.</summary>
public sealed class AttendanceCommand : Command<QuerySettings>
{
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (queries, _) => queries.Attendance(settings.Filter));
}
