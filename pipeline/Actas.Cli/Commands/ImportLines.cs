using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Import;

namespace Actas.Cli.Commands;

/// <summary>
/// Import's per-file lines and summary in the user's language (resources <c>import.*</c>): the common outcomes are worded
/// here, a file that could not be read by <see cref="ReadFailureWording"/>; the rarer outcomes and failures that are not the
/// file's (database, internal errors) keep the importer's own message.
/// </summary>
internal static class ImportLines
{
    public static string Line(ImportFileResult result) => $"{result.ShownPath}: {Message(result)}";

    public static string Message(ImportFileResult result) => result.Outcome switch
    {
        ImportFileOutcome.Stored => Localized.Text("import.stored"),
        ImportFileOutcome.NewVersion => Localized.Text("import.new-version"),
        ImportFileOutcome.Unchanged => Localized.Text("import.unchanged"),
        ImportFileOutcome.RenamedDuplicate when result.Other is not null => Localized.Format("import.renamed-duplicate", result.Other),
        ImportFileOutcome.SameSession when result.Other is not null => Localized.Format("import.same-session", result.Other),
        ImportFileOutcome.Failed when result.ReadError is { } error => ReadFailureWording.Reason(error),
        _ => result.Message,
    };

    public static string Summary(ImportSummary summary) =>
        Localized.Format("import.summary", summary.Stored, summary.Unchanged, summary.Failed)
        + (summary.Stop is null ? "" : Localized.Format("import.summary-not-attempted", summary.NotAttempted));
}
