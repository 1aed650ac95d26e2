using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Actas.Cli.Usage;

/// <summary>Spectre's help, ending with the exit codes every command keeps. Under a Spanish culture two of Spectre 0.57's own
/// section titles are corrected ("DESCRIPCION" → "DESCRIPCIÓN", "COMMANDOS" → "COMANDOS").</summary>
public sealed class ExitCodeHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    private static readonly (string Wrong, string Right)[] SpanishTitles = [("DESCRIPCION:", "DESCRIPCIÓN:"), ("COMMANDOS:", "COMANDOS:")];

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command) =>
        base.GetFooter(model, command).Append(new Text(ExitCodes.Legend + Environment.NewLine));

    public override IEnumerable<IRenderable> GetDescription(ICommandModel model, ICommandInfo? command) =>
        base.GetDescription(model, command).Select(Corrected);

    public override IEnumerable<IRenderable> GetCommands(ICommandModel model, ICommandInfo? command) =>
        base.GetCommands(model, command).Select(Corrected);

    /// <summary>A section title Spectre misspells, rewritten (same text, the title in yellow as Spectre draws it); anything else as it is.</summary>
    private static IRenderable Corrected(IRenderable renderable)
    {
        if (!Localized.IsSpanish || renderable is Grid or Table)
        {
            return renderable;
        }

        var text = Plain(renderable);
        foreach (var (wrong, right) in SpanishTitles)
        {
            if (text.TrimStart().StartsWith(wrong, StringComparison.Ordinal))
            {
                return new Markup(Markup.Escape(text).Replace(wrong, $"[yellow]{right}[/]", StringComparison.Ordinal));
            }
        }

        return renderable;
    }

    private static string Plain(IRenderable renderable)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 10_000;
        console.Write(renderable);
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
