using System.Globalization;
using Actas.Cli.Commands;
using Actas.Cli.Commands.Labels;
using Actas.Cli.Usage;
using Actas.Pipeline.Model;

namespace Actas.Cli.Tests;

/// <summary>--quiet and --verbose (issue 14, item 3), errors apart from results, and the lines these commands print in
/// the user's language.</summary>
public sealed class QuietAndVerboseTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly TempFolder _temp = new();

    public QuietAndVerboseTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _temp.Dispose();
    }

    private string Db => _temp.PathOf("actas.db");

    private static Acta Read(string path) => ReviewActas.With(path, "Se reportan datos duros, lo que permite conocer el avance.");

    private (int Exit, string[] Lines) Import(bool quiet, params string[] paths)
    {
        var output = new StringWriter();
        var settings = new ImportCommand.Settings { Paths = paths, Database = Db, Quiet = quiet };
        var exit = ImportCommand.Run(settings, Read, classifier: null, output, progressConsole: null);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Import_quiet_prints_only_the_files_that_failed_and_no_summary()
    {
        var good = _temp.File("corpus/acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var missing = _temp.PathOf("no-such-acta.docx");

        var (exit, lines) = Import(quiet: true, good, missing);

        Assert.Equal([$"{missing}: no such file or folder"], lines);
        Assert.Equal(1, exit);
        Assert.Equal(0, Import(quiet: true, good).Exit);
        Assert.Empty(Import(quiet: true, good).Lines);
    }

    [Fact]
    public async Task Quiet_and_verbose_together_is_a_usage_error()
    {
        var error = new StringWriter();

        var exit = await ActasApp.RunAsync(["import", _temp.PathOf("nada"), "--quiet", "--verbose", "--db", Db], error);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("actas: --quiet and --verbose exclude each other", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Labels_export_quiet_writes_the_file_and_prints_nothing()
    {
        Assert.Equal(0, Import(quiet: false, _temp.File("acta-23.txt", "VIGÉSIMA…")).Exit);
        var output = new StringWriter();

        var exit = LabelsExportCommand.Run(new LabelsExportCommand.Settings { Database = Db, Out = _temp.PathOf("l.csv"), Quiet = true }, output);

        Assert.Equal(0, exit);
        Assert.Equal("", output.ToString());
        Assert.True(File.Exists(_temp.PathOf("l.csv")));
    }

    [Fact]
    public void Labels_export_and_import_errors_go_to_the_error_writer_not_to_the_results()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var missing = _temp.PathOf("none.db");

        Assert.Equal(1, LabelsExportCommand.Run(new LabelsExportCommand.Settings { Database = missing, Out = _temp.PathOf("l.csv") }, output, error));
        Assert.Equal(1, LabelsImportCommand.Run(new LabelsImportCommand.Settings { File = _temp.PathOf("l.csv"), Database = missing, By = "ana" }, output, null, error));

        Assert.Equal("", output.ToString());
        Assert.Equal(
            [$"{missing}: no such database; create it with 'actas import PATH --db {missing}'", $"{_temp.PathOf("l.csv")}: no such file"],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Labels_export_and_report_lines_are_spanish_under_es_MX()
    {
        Assert.Equal(0, Import(quiet: false, _temp.File("acta-23.txt", "VIGÉSIMA…")).Exit);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        var output = new StringWriter();
        var csv = _temp.PathOf("l.csv");
        var html = _temp.PathOf("r.html");

        LabelsExportCommand.Run(new LabelsExportCommand.Settings { Database = Db, Out = csv }, output);
        LabelsImportCommand.Run(new LabelsImportCommand.Settings { File = csv, Database = Db, By = "ana" }, output, null);
        ReportCommand.Run(new ReportCommand.Settings { Database = Db, Out = html }, output, output);

        Assert.Equal(
            [
                $"{csv}: 1 elementos, primero los de menor confianza (0 ya corregidos). Llene la columna corrected y ejecute `actas labels import`.",
                $"{csv}: 0 correcciones guardadas, 0 sin cambios (igual a la etiqueta actual), por ana",
                $"{html}: 1 espacios, 1 sesiones",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
