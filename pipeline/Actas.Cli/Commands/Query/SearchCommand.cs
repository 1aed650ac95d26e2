using Actas.Cli.Usage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Query;

/// <summary><c>actas query search TEXT</c>: feedback items and reports containing every word of TEXT, accents ignored.</summary>
public sealed class SearchCommand : Command<SearchCommand.Settings>
{
    public sealed class Settings : QuerySettings
    {
        [CommandArgument(0, "<TEXT>")]
        [LocalizedDescription("opt.query-search.words")]
        public string[] Words { get; init; } = [];

        /// <summary>The words given, as one text: <c>query search datos duros</c> and <c>query search "datos duros"</c> alike.</summary>
        public string Text => string.Join(' ', Words);

        public override ValidationResult Validate() =>
            Storage.Queries.SearchQuery.ToFts(Text) is null
                ? ValidationResult.Error(Localized.Format("val.search-text", Text))
                : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        QueryRunner.Run(settings, (queries, _) => queries.Search(settings.Text, settings.Filter));
}
