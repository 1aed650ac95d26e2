using System.ComponentModel;
using System.Globalization;
using System.Text;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Storage;
using Actas.Storage.Report;
using Actas.Web.Report;
using Microsoft.Data.Sqlite;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands;

/// <summary><c>actas report</c>: one self-contained HTML page per database (matrix, attendance, figures, feedback per body).</summary>
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : QuerySettings
    {
        [CommandOption("-o|--out <FILE>")]
        [LocalizedDescription("opt.report.out")]
        [DefaultValue("report.html")]
        public string Out { get; init; } = "report.html";

        [CommandOption("--matrix-sessions <N>")]
        [LocalizedDescription("opt.report.matrix-sessions")]
        [DefaultValue(24)]
        public int MatrixSessions { get; init; } = 24;

        [CommandOption("--charts <N>")]
        [LocalizedDescription("opt.report.charts")]
        [DefaultValue(12)]
        public int Charts { get; init; } = 12;

        [CommandOption("-q|--quiet")]
        [LocalizedDescription("opt.quiet")]
        public bool Quiet { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            MatrixSessions < 0 ? Spectre.Console.ValidationResult.Error(Localized.Format("val.zero-or-more", "--matrix-sessions", MatrixSessions))
            : Charts < 0 ? Spectre.Console.ValidationResult.Error(Localized.Format("val.zero-or-more", "--charts", Charts))
            : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, Console.Error);

    /// <summary>Writes the report; prints one summary line, or one error line and returns 1.</summary>
    public static int Run(Settings settings, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(settings.Database))
        {
            error.WriteLine(Localized.Format("NoDatabase", settings.Database));
            return 1;
        }

        ReportData data;
        try
        {
            using var store = SqliteActaStore.OpenForReading(settings.Database);
            data = new ReportDataReader(store.Connection).Read(settings.Filter);
        }
        catch (SqliteException ex)
        {
            error.WriteLine(Localized.Format("CannotReadDatabase", settings.Database, LineWording.Word(ex)));
            return 1;
        }
        catch (ActaDatabaseException ex)
        {
            error.WriteLine(LineWording.Word(ex));
            return 1;
        }

        try
        {
            File.WriteAllText(settings.Out, new HtmlReportRenderer(settings.MatrixSessions, settings.Charts, CultureInfo.CurrentUICulture).Render(data), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Localized.Format("report.cannot-write", settings.Out, LineWording.Word(ex)));
            return 1;
        }

        if (!settings.Quiet)
        {
            output.WriteLine(Localized.Format("report.written", settings.Out, data.Bodies.Count, data.Bodies.Sum(b => b.Sessions.Count)));
        }

        return 0;
    }
}
