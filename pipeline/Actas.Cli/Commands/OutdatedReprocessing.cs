using Actas.Cli.Usage;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Storage;
using Actas.Import;
using Spectre.Console;

namespace Actas.Cli.Commands;

/// <summary>
/// <c>actas import --reprocess-outdated [PATH...] --db FILE</c>: reads again, from their stored paths, the current
/// documents (not superseded, not a second format of a stored session) that an older <see cref="ActaExtractor.Version"/>
/// read — all of them, or those under the given paths — and replaces each one's rows in one transaction, keeping
/// label corrections (<see cref="ActaReprocessor"/>). One line per document, the counts, then what happened to
/// corrections. Exit code 1 unless every outdated document was read again (a missing or changed file, a document
/// that no longer reads as an acta, a path with no stored document).
/// </summary>
public static class OutdatedReprocessing
{
    public static int Run(
        ImportCommand.Settings settings,
        Func<string, Acta> read,
        IFeedbackClassifier? classifier,
        TextWriter output,
        IAnsiConsole? progressConsole,
        CancellationToken cancellationToken = default,
        BatchReader? batchReader = null,
        int threadsPerJob = 1)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var errors = ImportProgress.ErrorsOf(output);
        if (!File.Exists(settings.Database))
        {
            errors.WriteLine(Localized.Format("import.reprocess-no-db", settings.Database));
            return 1;
        }

        if (StoreOpening.TryOpen(settings.Database, errors) is not { } store)
        {
            return 1;
        }

        using (store)
        {
            var reprocessor = new ActaReprocessor(store, read, ActaExtractor.Version, classifier,
                settings.ToImportOptions(batchReader, threadsPerJob));
            var selection = reprocessor.Select(settings.Paths);
            var summary = ImportProgress.Run(output, progressConsole, Localized.Text("reprocess.progress"),
                selection.Outdated.Count + selection.PathsWithoutDocuments.Count,
                report => reprocessor.Reprocess(selection, report, cancellationToken), quiet: settings.Quiet);
            if (summary.Stop is { } stop)
            {
                errors.WriteLine(ImportLines.Stopped(stop, summary.NotAttempted));
            }

            if (!settings.Quiet)
            {
                output.WriteLine(ImportLines.Summary(summary));
                foreach (var line in ImportLines.CorrectionLines(summary))
                {
                    output.WriteLine(line);
                }
            }

            return ImportExitCode.Of(summary.Stop, !summary.Complete);
        }
    }
}
