using Spectre.Console;

namespace Actas.Cli.Tests;

/// <summary>A Spectre console that writes plain text (no colours, no ANSI) into a string, wide enough not to wrap.</summary>
internal sealed class TestConsole
{
    public TestConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Writer),
        });
        Console.Profile.Width = 400;
    }

    public StringWriter Writer { get; } = new();

    public IAnsiConsole Console { get; }

    public string Text => Writer.ToString();
}
