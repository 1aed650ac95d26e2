using Actas.Cli.Commands;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Model;
using Actas.Storage;

namespace Actas.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<string> _read = [];

    public void Dispose() => _temp.Dispose();

    private Acta Read(string path)
    {
        _read.Add(path);
        return FakeActas.For(path);
    }

    private (int Exit, string[] Lines) Import(params string[] paths)
    {
        var output = new StringWriter();
        var settings = new ImportCommand.Settings { Paths = paths, Database = _temp.PathOf("actas.db") };
        var exit = ImportCommand.Run(settings, Read, classifier: null, output, progressConsole: null);
        return (exit, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Good_file_missing_path_and_empty_file_give_one_line_each_and_exit_code_1()
    {
        var corpus = _temp.PathOf("corpus");
        var good = _temp.File("corpus/acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var empty = _temp.File("corpus/vacia.txt", "");
        _temp.File("corpus/acta-23.gold.json", "{}");
        _temp.File("corpus/src/acta-23.txt", "HTML source, not an acta file to import");
        var missing = _temp.PathOf("no-such-acta.docx");

        var (exit, lines) = Import(corpus, missing);

        Assert.Equal(
            [
                $"{good}: stored",
                $"{empty}: the file is empty (0 bytes)",
                $"{missing}: no such file or folder",
                "1 stored, 0 unchanged, 2 failed",
            ],
            lines);
        Assert.Equal(1, exit);
        Assert.Equal([good], _read);
        using var store = SqliteActaStore.Open(_temp.PathOf("actas.db"));
        var session = Assert.Single(store.Sessions());
        Assert.Equal(Path.GetFullPath(good), session.File);
    }

    [Fact]
    public void Importing_again_reports_unchanged_and_a_renamed_copy_without_extracting_them()
    {
        var good = _temp.File("corpus/acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        Assert.Equal(0, Import(good).Exit);
        var copy = _temp.File("otra/copia-acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        _read.Clear();

        var (exit, lines) = Import(good, copy);

        Assert.Equal(0, exit);
        Assert.Equal(
            [$"{good}: unchanged", $"{copy}: renamed duplicate of {Path.GetFullPath(good)}", "0 stored, 2 unchanged, 0 failed"],
            lines);
        Assert.Empty(_read);
    }

    [Fact]
    public void A_file_the_reader_rejects_is_reported_and_the_batch_goes_on()
    {
        var scanned = _temp.File("a/escaneada.pdf", "%PDF-1.4 no text");
        var good = _temp.File("b/acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var output = new StringWriter();
        var settings = new ImportCommand.Settings { Paths = [scanned, good], Database = _temp.PathOf("actas.db") };

        var exit = ImportCommand.Run(
            settings,
            path => path.EndsWith(".pdf", StringComparison.Ordinal) ? throw ActaReadException.Scanned("escaneada.pdf", 3) : FakeActas.For(path),
            classifier: null,
            output,
            progressConsole: null);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{scanned}: PDF has no text layer (3 pages): it looks scanned and needs OCR first (e.g. ocrmypdf -l spa)",
                $"{good}: stored",
                "1 stored, 0 unchanged, 1 failed",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Result_lines_through_spectre_are_escaped()
    {
        var odd = _temp.File("[red]acta[/].txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var console = new TestConsole();
        var settings = new ImportCommand.Settings { Paths = [odd], Database = _temp.PathOf("actas.db") };

        var exit = ImportCommand.Run(settings, FakeActas.For, classifier: null, new StringWriter(), console.Console);

        Assert.Equal(0, exit);
        Assert.Contains($"{odd}: stored", console.Text);
    }

    [Fact]
    public void Pages_read_by_OCR_reach_the_progress_display_while_the_import_runs()
    {
        var scan = _temp.File("escaneada.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var console = new TestConsole();
        var pages = new OcrPageTicker();
        var settings = new ImportCommand.Settings { Paths = [scan], Database = _temp.PathOf("actas.db") };
        var shown = false;

        var exit = ImportCommand.Run(settings, path =>
        {
            shown = pages.Tick is not null; // a progress display is listening, even for one file
            for (var page = 0; page < 3; page++)
            {
                pages.PageDone(); // as the pipeline or a worker's progress note reports each page
            }

            return FakeActas.For(path);
        }, classifier: null, new StringWriter(), console.Console, ocrPages: pages);

        Assert.Equal(0, exit);
        Assert.True(shown);
        Assert.Null(pages.Tick); // and it is gone with the run
    }

    [Fact]
    public void Under_a_Spanish_culture_the_per_file_lines_and_the_summary_are_Spanish()
    {
        var acta = _temp.File("acta-23.txt", "VIGÉSIMA TERCERA REUNIÓN DE TRABAJO…");
        var settings = new ImportCommand.Settings { Paths = [acta], Database = _temp.PathOf("actas.db") };
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var first = new StringWriter();
        var second = new StringWriter();
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("es-MX");
            ImportCommand.Run(settings, FakeActas.For, classifier: null, first, progressConsole: null);
            ImportCommand.Run(settings, FakeActas.For, classifier: null, second, progressConsole: null);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }

        Assert.Equal([$"{acta}: almacenada", "1 almacenadas, 0 sin cambios, 0 con error"], first.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal([$"{acta}: sin cambios", "0 almacenadas, 1 sin cambios, 0 con error"], second.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
