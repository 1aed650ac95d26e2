using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Import;

namespace Actas.Cli.Commands;

/// <summary>
/// Import's per-file lines and summary in the user's language (resources <c>import.*</c>): the common outcomes are worded
/// here, a file that could not be read by <see cref="ReadFailureWording"/>; the rarer outcomes and failures that are not the
/// file's (database, permissions, a folder that cannot be listed, internal errors) are the importer's English sentences,
/// worded by their shape (<see cref="LineWording"/>).
/// </summary>
public static class ImportLines
{
    public static string Line(ImportFileResult result) => $"{result.ShownPath}: {Message(result)}";

    public static string Message(ImportFileResult result) => result.Outcome switch
    {
        ImportFileOutcome.Stored => Localized.Text("import.stored"),
        ImportFileOutcome.NewVersion => Localized.Text("import.new-version"),
        ImportFileOutcome.Unchanged => Localized.Text("import.unchanged"),
        ImportFileOutcome.RenamedDuplicate when result.Other is not null => Localized.Format("import.renamed-duplicate", result.Other),
        ImportFileOutcome.SameSession when result.Other is not null => Localized.Format("import.same-session", result.Other),
        ImportFileOutcome.Failed when result.ReadError is { } error && result.Message == error.Reason => ReadFailureWording.Reason(error),
        _ => LineWording.Word(result.Message, result.ReadError is { } error ? Reason(error) : null),
    };

    private static Func<string, string?> Reason(Pipeline.Diagnostics.ActaReadException error) =>
        text => text == error.Reason ? ReadFailureWording.Reason(error) : null;

    /// <summary>The line after an interrupted or failed run: the Storage's reason (free English text) in the user's words around it.</summary>
    public static string Stopped(RunStop stop, int notAttempted)
    {
        ArgumentNullException.ThrowIfNull(stop);
        return Localized.Format(stop.Interrupted ? "import.stopped-interrupted" : "import.stopped", LineWording.Word(stop.Reason), notAttempted);
    }

    /// <summary>The counts of <c>import --reprocess-outdated</c>.</summary>
    public static string Summary(ReprocessSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Localized.Format("reprocess.summary", summary.Reprocessed, summary.UpToDate, summary.Missing, summary.Changed, summary.Failed)
            + (summary.Stop is null ? "" : Localized.Format("import.summary-not-attempted", summary.NotAttempted));
    }

    /// <summary>What happened to the label corrections of the re-read documents.</summary>
    public static IEnumerable<string> CorrectionLines(ReprocessSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.CorrectionsReattached > 0)
        {
            yield return Localized.Format(summary.CorrectionsReattached == 1 ? "reprocess.kept-one" : "reprocess.kept-many", summary.CorrectionsReattached);
        }

        if (summary.CorrectionsUnmatched > 0)
        {
            yield return Localized.Format(summary.CorrectionsUnmatched == 1 ? "reprocess.unmatched-one" : "reprocess.unmatched-many",
                summary.CorrectionsUnmatched);
        }
    }

    public static string Summary(ImportSummary summary) =>
        Localized.Format("import.summary", summary.Stored, summary.Unchanged, summary.Failed)
        + (summary.Stop is null ? "" : Localized.Format("import.summary-not-attempted", summary.NotAttempted));
}
