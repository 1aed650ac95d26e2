using System.Globalization;
using System.Reflection;
using Actas.Cli.Commands;
using Actas.Cli.Commands.Labels;
using Actas.Cli.Commands.Query;
using Actas.Cli.Isolation;
using Actas.Cli.Usage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli;

/// <summary>The <c>actas</c> command line: every command wired, strict parsing (a mistyped flag is an error, never ignored),
/// usage errors on stderr with exit code 64, help and messages in Spanish when the culture is Spanish, no colour when
/// NO_COLOR is set.</summary>
public static class ActasApp
{
    /// <summary>The version <c>actas --version</c> prints (VersionPrefix in Actas.Cli.csproj, stamped by the build).</summary>
    public static string Version =>
        typeof(ActasApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ActasApp).Assembly.GetName().Version?.ToString(3) ?? "0";

    /// <summary>Runs the command line <paramref name="args"/>; usage errors go to <paramref name="error"/>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var reporter = new UsageErrorReporter(() => OptionCatalog.From(typeof(ActasApp).Assembly), args, error);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("actas");
            config.SetApplicationVersion(Version);
            config.SetApplicationCulture(CultureInfo.CurrentUICulture);
            config.UseStrictParsing();
            config.SetHelpProvider(new ExitCodeHelpProvider(config.Settings));
            config.SetExceptionHandler((exception, _) => reporter.Report(exception));
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
            {
                // https://no-color.org: Spectre.Console 0.57 does not look at NO_COLOR itself.
                var plain = AnsiConsole.Create(new AnsiConsoleSettings { ColorSystem = ColorSystemSupport.NoColors });
                AnsiConsole.Console = plain;
                config.ConfigureConsole(plain);
            }

            Wire(config);
        });
        return app.RunAsync(args);
    }

    private static void Wire(IConfigurator config)
    {
        config.AddCommand<ImportCommand>("import")
            .WithDescription(Localized.Text("cmd.import"))
            .WithExample("import", "corpus/", "--db", "actas.db")
            .WithExample("import", "corpus/", "--db", "actas.db", "--jobs", "2");
        config.AddCommand<SessionsCommand>("sessions")
            .WithDescription(Localized.Text("cmd.sessions"))
            .WithExample("sessions", "--db", "actas.db", "--since", "2018-01-01");
        config.AddBranch("query", query =>
        {
            query.SetDescription(Localized.Text("cmd.query"));
            query.AddCommand<UnreportedCommand>("unreported")
                .WithDescription(Localized.Text("cmd.query.unreported"))
                .WithExample("query", "unreported", "--db", "actas.db");
            query.AddCommand<AgreementsCommand>("agreements")
                .WithDescription(Localized.Text("cmd.query.agreements"))
                .WithExample("query", "agreements", "--db", "actas.db");
            query.AddCommand<AttendanceCommand>("attendance")
                .WithDescription(Localized.Text("cmd.query.attendance"))
                .WithExample("query", "attendance", "--db", "actas.db", "--body", "trata");
            query.AddCommand<FiguresCommand>("figures")
                .WithDescription(Localized.Text("cmd.query.figures"))
                .WithExample("query", "figures", "--db", "actas.db", "--format", "csv");
            query.AddCommand<FeedbackCommand>("feedback")
                .WithDescription(Localized.Text("cmd.query.feedback"))
                .WithExample("query", "feedback", "--db", "actas.db", "--by", "strategy");
            query.AddCommand<StrategyCommand>("strategy")
                .WithDescription(Localized.Text("cmd.query.strategy"))
                .WithExample("query", "strategy", "520", "--db", "actas.db");
            query.AddCommand<SearchCommand>("search")
                .WithDescription(Localized.Text("cmd.query.search"))
                .WithExample("query", "search", "datos", "duros", "--db", "actas.db");
        });
        config.AddCommand<ReportCommand>("report")
            .WithDescription(Localized.Text("cmd.report"))
            .WithExample("report", "--db", "actas.db", "--out", "report.html");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription(Localized.Text("cmd.serve"))
            .WithExample("serve", "--db", "actas.db");
        config.AddCommand<ExtractCommand>("extract")
            .WithDescription(Localized.Text("cmd.extract"))
            .WithExample("extract", "corpus/acta-trata-23-2018-09-11.docx", "--format", "text");
        config.AddCommand<SchemaCommand>("schema")
            .WithDescription(Localized.Text("cmd.schema"))
            .WithExample("schema");
        config.AddCommand<EvalCommand>("eval")
            .WithDescription(Localized.Text("cmd.eval"))
            .WithExample("eval", "corpus/", "--only", "*.docx");
        config.AddCommand<ScoreCommand>("score")
            .WithDescription(Localized.Text("cmd.score"))
            .WithExample("score", "models/blind/w3.csv");
        config.AddCommand<TrainCommand>("train")
            .WithDescription(Localized.Text("cmd.train"))
            .WithExample("train")
            .WithExample("train", "--db", "actas.db");
        config.AddBranch("labels", labels =>
        {
            labels.SetDescription(Localized.Text("cmd.labels"));
            labels.AddCommand<LabelsExportCommand>("export")
                .WithDescription(Localized.Text("cmd.labels.export"))
                .WithExample("labels", "export", "--db", "actas.db", "--uncertain", "50");
            labels.AddCommand<LabelsImportCommand>("import")
                .WithDescription(Localized.Text("cmd.labels.import"))
                .WithExample("labels", "import", "labels.csv", "--db", "actas.db", "--by", "ana");
            labels.AddCommand<LabelsRelabelCommand>("relabel")
                .WithDescription(Localized.Text("cmd.labels.relabel"))
                .WithExample("labels", "relabel", "--db", "actas.db");
        });
        config.AddCommand<ClassifyCommand>("classify")
            .WithDescription(Localized.Text("cmd.classify"))
            .WithExample("classify");
        config.AddCommand<WorkerCommand>("worker").IsHidden();
    }
}
