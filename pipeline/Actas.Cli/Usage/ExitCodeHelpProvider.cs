using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Actas.Cli.Usage;

/// <summary>Spectre's help, ending with the exit codes every command keeps.</summary>
public sealed class ExitCodeHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command) =>
        base.GetFooter(model, command).Append(new Text(ExitCodes.Legend + Environment.NewLine));
}
