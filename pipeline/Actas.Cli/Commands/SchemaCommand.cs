using Actas.Cli.Composition;
using Actas.Cli.Usage;
using Actas.Pipeline.Model;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>
/// <c>actas schema</c>: prints the JSON Schema of <c>actas extract --format json</c>, generated from the model types
/// (<see cref="ActaJsonSchema"/>); <c>--contract</c> prints the published contract (shared/contract/acta.schema.json,
/// shipped with the command) instead.
/// </summary>
public sealed class SchemaCommand : Command<SchemaCommand.Settings>
{
    public const string RelativePath = "shared/contract/acta.schema.json";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--contract")]
        [LocalizedDescription("opt.schema.contract")]
        public bool Contract { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!settings.Contract)
        {
            Console.Out.WriteLine(ActaJsonSchema.GenerateText());
            return 0;
        }

        var path = Path.Combine(AppContext.BaseDirectory, RelativePath);
        if (!File.Exists(path))
        {
            path = BundledFiles.Resolve(RelativePath);
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine(Localized.Format("schema.not-found", RelativePath));
            return 1;
        }

        Console.Out.Write(File.ReadAllText(path));
        return 0;
    }
}
