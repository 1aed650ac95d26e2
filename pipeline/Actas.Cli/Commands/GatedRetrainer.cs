using Actas.Web.Hosting;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>
/// The workbench's retrain button: runs <see cref="CorrectionRetraining"/> — the code of <c>actas train --db</c> — on
/// the served database with the default data and model folders, and hands back what it printed.
/// </summary>
public sealed class GatedRetrainer : IRetrainer
{
    private readonly TrainCommand.Settings _settings;

    public GatedRetrainer(TrainCommand.Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    public RetrainResult Retrain(CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 120;
        try
        {
            var exit = CorrectionRetraining.Run(_settings, console);
            return new RetrainResult(exit, output.ToString());
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return new RetrainResult(1, output + ex.Message);
        }
    }
}
