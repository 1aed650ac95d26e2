using System.ComponentModel;
using Actas.Cli.Usage;
using Actas.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary>
/// <c>actas serve --db FILE [--port 5080] [--host 127.0.0.1]</c>: the analysts' web workbench (browse, matrix, review
/// queue, search, retrain) on the local machine. Another host than loopback only on request, with a warning.
/// </summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--db <FILE>")]
        [LocalizedDescription("opt.serve.database")]
        [DefaultValue("actas.db")]
        public string Database { get; init; } = "actas.db";

        [CommandOption("--port <PORT>")]
        [LocalizedDescription("opt.serve.port")]
        [DefaultValue(5080)]
        public int Port { get; init; } = 5080;

        [CommandOption("--host <ADDRESS>")]
        [LocalizedDescription("opt.serve.host")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--by <NAME>")]
        [LocalizedDescription("opt.serve.by")]
        public string? By { get; init; }

        [CommandOption("--data")]
        [LocalizedDescription("opt.serve.data")]
        [DefaultValue("models/data")]
        public string Data { get; init; } = "models/data";

        [CommandOption("--models")]
        [LocalizedDescription("opt.serve.models")]
        [DefaultValue("models")]
        public string Models { get; init; } = "models";

        public override ValidationResult Validate() =>
            Port is < 0 or > 65535 ? ValidationResult.Error(Localized.Format("val.port", Port)) : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Database))
        {
            await Console.Error.WriteLineAsync(Localized.Format("NoDatabase", settings.Database));
            return 1;
        }

        var by = settings.By ?? Environment.GetEnvironmentVariable("USER") ?? Environment.UserName;
        var retrainer = new GatedRetrainer(new TrainCommand.Settings { Database = settings.Database, Data = settings.Data, Out = settings.Models });
        var options = new WorkbenchOptions(Path.GetFullPath(settings.Database), settings.Host, settings.Port, by, retrainer);
        if (!options.LoopbackOnly)
        {
            await Console.Error.WriteLineAsync($"Atención: escuchando en {settings.Host}: cualquiera que alcance esta máquina por la red puede leer las actas y guardar correcciones (sin contraseña).");
        }

        await using var app = Workbench.Build(options);
        await app.StartAsync(cancellationToken);
        foreach (var url in app.Urls)
        {
            Console.WriteLine($"Actas: {url} (Ctrl+C para terminar)");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
