using Actas.Cli.Composition;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary><c>actas schema</c>: prints the JSON Schema of <c>actas extract --format json</c> (shared/contract/acta.schema.json,
/// shipped with the command).</summary>
public sealed class SchemaCommand : Command
{
    public const string RelativePath = "shared/contract/acta.schema.json";

    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var path = Path.Combine(AppContext.BaseDirectory, RelativePath);
        if (!File.Exists(path))
        {
            path = BundledFiles.Resolve(RelativePath);
        }

        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{RelativePath}: not found beside the actas command; reinstall it (dotnet tool update actas).");
            return 1;
        }

        Console.Out.Write(File.ReadAllText(path));
        return 0;
    }
}
