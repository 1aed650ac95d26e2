using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query feedback</c>: feedback label counts per year, institution and strategy.</summary>
public sealed class FeedbackCommand : Command<QuerySettings>
{
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (queries, _) => queries.Feedback(settings.Filter));
}
