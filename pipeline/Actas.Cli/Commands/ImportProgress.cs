using Actas.Storage.Import;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>
/// The import's output: one line per file ("{path}: {message}", red when it failed) and, on an interactive console
/// with two files or more, a progress bar that clears itself when done.
/// </summary>
internal static class ImportProgress
{
    /// <param name="run">Does the work, calling the report action once per file.</param>
    public static TSummary Run<TSummary>(
        TextWriter output,
        IAnsiConsole? progressConsole,
        string title,
        int files,
        Func<Action<ImportFileResult>, TSummary> run)
    {
        // Data on stdout, failures on stderr: when the results go to the process's stdout, a failed file's line goes to its
        // stderr (a script piping the stored files sees only them); a writer given by a caller (tests) gets both.
        var failures = ReferenceEquals(output, Console.Out) ? Console.Error : output;
        void Report(ImportFileResult result)
        {
            if (progressConsole is null)
            {
                (result.Failed ? failures : output).WriteLine(result.Line);
            }
            else
            {
                progressConsole.MarkupLine(result.Failed ? $"[red]{Markup.Escape(result.Line)}[/]" : Markup.Escape(result.Line));
            }
        }

        if (progressConsole is null || files < 2)
        {
            return run(Report);
        }

        return progressConsole.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(title, maxValue: files);
            return run(r => { Report(r); task.Increment(1); });
        });
    }
}
