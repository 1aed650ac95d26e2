using Actas.Import;
using Actas.Cli.Usage;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>
/// The import's output: one line per file ("{path}: {message}", red when it failed) and, on an interactive console
/// with two files or more, a progress bar that clears itself when done.
/// </summary>
internal static class ImportProgress
{
    /// <param name="run">Does the work, calling the report action once per file.</param>
    /// <param name="ocrPages">Where pages read by OCR are counted: with a progress bar, a second line counts them for long scans.</param>
    /// <param name="quiet">Only the failed files' lines (--quiet).</param>
    public static TSummary Run<TSummary>(
        TextWriter output,
        IAnsiConsole? progressConsole,
        string title,
        int files,
        Func<Action<ImportFileResult>, TSummary> run,
        OcrPageTicker? ocrPages = null,
        bool quiet = false)
    {
        // Data on stdout, failures on stderr: when the results go to the process's stdout, a failed file's line goes to its
        // stderr (a script piping the stored files sees only them); a writer given by a caller (tests) gets both.
        var failures = ErrorsOf(output);
        progressConsole = quiet ? null : progressConsole;
        void Report(ImportFileResult result)
        {
            if (quiet && !result.Failed)
            {
                return;
            }

            if (progressConsole is null)
            {
                (result.Failed ? failures : output).WriteLine(ImportLines.Line(result));
            }
            else
            {
                progressConsole.MarkupLine(result.Failed ? $"[red]{Markup.Escape(ImportLines.Line(result))}[/]" : Markup.Escape(ImportLines.Line(result)));
            }
        }

        if (progressConsole is null || (files < 2 && ocrPages is null))
        {
            return run(Report);
        }

        return progressConsole.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(title, maxValue: files);
            if (ocrPages is not null)
            {
                ProgressTask? pages = null;
                var count = 0;
                var gate = new Lock();
                ocrPages.Tick = () =>
                {
                    lock (gate)
                    {
                        count++;
                        pages ??= context.AddTask(Localized.Text("import.ocr-pages"), maxValue: 1).IsIndeterminate();
                        pages.Description = $"{Localized.Text("import.ocr-pages")}: {count}";
                    }
                };
            }

            try
            {
                return run(r => { Report(r); task.Increment(1); });
            }
            finally
            {
                if (ocrPages is not null)
                {
                    ocrPages.Tick = null;
                }
            }
        });
    }

    /// <summary>Where failures and notices go: the process's stderr when <paramref name="output"/> is its stdout, else
    /// <paramref name="output"/> itself (a caller's writer, as in tests, gets both).</summary>
    public static TextWriter ErrorsOf(TextWriter output) => ReferenceEquals(output, Console.Out) ? Console.Error : output;
}
