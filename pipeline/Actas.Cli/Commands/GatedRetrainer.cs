using System.Globalization;
using Actas.Web.Hosting;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>
/// The workbench's retrain button: runs <see cref="CorrectionRetraining"/> — the code of <c>actas train --db</c> — on
/// the served database with the default data and model folders, and hands back what it printed, in Spanish as the
/// rest of the workbench (the same resources as the command under es-MX).
/// </summary>
public sealed class GatedRetrainer : IRetrainer
{
    /// <summary>The workbench's language, whatever LANG the server was started with.</summary>
    private static readonly CultureInfo Workbench = CultureInfo.GetCultureInfo("es-MX");

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
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Workbench;
            var (exit, verdict) = CorrectionRetraining.RunWithVerdict(_settings, console);
            return new RetrainResult(exit, output.ToString(), verdict);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return new RetrainResult(1, output + ex.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
