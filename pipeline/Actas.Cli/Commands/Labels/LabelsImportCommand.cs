using System.ComponentModel;
using Actas.Cli.Output;
using Actas.Cli.Usage;
using Actas.Storage;
using Actas.Storage.Keys;
using Actas.Storage.Labels;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Actas.Cli.Commands.Labels;

/// <summary>
/// <c>actas labels import FILE --db FILE [--by NAME]</c>: stores every non-empty <c>corrected</c> cell as a
/// correction (old label, new label, who, when). A file with any bad row (unknown label or item, conflicting
/// rows) stores nothing: each problem is one line "{file}:{row}: {message}" and the exit code is 1.
/// </summary>
public sealed class LabelsImportCommand : Command<LabelsImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [LocalizedDescription("opt.labels-import.file")]
        public string File { get; init; } = "";

        [CommandOption("--db <FILE>")]
        [LocalizedDescription("opt.labels-import.database")]
        [DefaultValue("actas.db")]
        public string Database { get; init; } = "actas.db";

        [CommandOption("--by <NAME>")]
        [LocalizedDescription("opt.labels-import.by")]
        public string? By { get; init; }

        [CommandOption("-q|--quiet")]
        [LocalizedDescription("opt.quiet")]
        public bool Quiet { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Out, Environment.GetEnvironmentVariable("USER") ?? Environment.UserName, Console.Error);

    /// <param name="defaultUser">Who corrected when --by is not given.</param>
    /// <param name="error">Errors and notices (a row moved to a re-read item); <paramref name="output"/> when null. The line
    /// saying what was stored goes to <paramref name="output"/>, none with --quiet.</param>
    public static int Run(Settings settings, TextWriter output, string? defaultUser, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        error ??= output;
        var by = string.IsNullOrWhiteSpace(settings.By) ? defaultUser : settings.By;
        if (string.IsNullOrWhiteSpace(by))
        {
            error.WriteLine(Localized.Text("labels.who-unknown"));
            return 1;
        }

        if (!System.IO.File.Exists(settings.File))
        {
            error.WriteLine(Localized.Format("labels.no-file", settings.File));
            return 1;
        }

        if (!System.IO.File.Exists(settings.Database))
        {
            error.WriteLine(Localized.Format("NoDatabase", settings.Database));
            return 1;
        }

        var file = LabelReviewCsvReader.Read(settings.File);
        try
        {
            using var connection = ActaDatabase.Open(settings.Database);
            var store = new SqliteLabelStore(connection);
            var stored = store.CurrentLabels();
            var entries = FindReread(settings.File, file.Entries, stored, store, error);
            var errors = file.Errors.Concat(CheckItems(settings.File, entries, stored))
                .OrderBy(m => LineOf(m, settings.File)).ToList();
            if (errors.Count > 0)
            {
                errors.ForEach(error.WriteLine);
                error.WriteLine(Localized.Format(errors.Count == 1 ? "labels.nothing-stored-one" : "labels.nothing-stored-many", settings.File, errors.Count));
                return 1;
            }

            var result = store.CorrectAll(
                entries.DistinctBy(e => e.ItemId).Select(e => new LabelCorrection(e.ItemId, e.Corrected)).ToList(), by);
            if (!settings.Quiet)
            {
                output.WriteLine(Localized.Format("labels.imported", settings.File, result.Stored, result.Unchanged, by));
            }

            return 0;
        }
        catch (SqliteException ex)
        {
            error.WriteLine(Localized.Format("labels.cannot-store", settings.Database, LineWording.Word(ex)));
            return 1;
        }
        catch (ActaDatabaseException ex)
        {
            error.WriteLine(LineWording.Word(ex));
            return 1;
        }
    }

    /// <summary>
    /// A row whose item id is gone, or now holds another text, because its acta was read again
    /// (<c>actas import --reprocess-outdated</c> replaces the items, and SQLite may give a new item an old id) goes to
    /// the current item with the same strategy and the same text (accents, case and punctuation aside), the same goal
    /// first, each item taken once; one line says so. A row whose id holds another text that no other item has keeps
    /// its id: reviewers shorten or retype the text cell, so the id is trusted then, as before re-reading existed.
    /// </summary>
    private static List<LabelReviewEntry> FindReread(
        string path, IReadOnlyList<LabelReviewEntry> entries, IReadOnlyDictionary<long, string?> stored, SqliteLabelStore store, TextWriter notices)
    {
        var items = store.Items();
        var texts = items.ToDictionary(i => i.Id, i => TextKey.Fold(i.Text));
        bool Stale(LabelReviewEntry e) =>
            !stored.ContainsKey(e.ItemId) || (e.Text is not null && texts.TryGetValue(e.ItemId, out var text) && text != TextKey.Fold(e.Text));

        var stale = entries.Where(Stale).ToList();
        var matches = CorrectionMatcher.MatchEach(
            [.. stale.Select(e => e is { Strategy: { } strategy, Text: { } text } ? new FeedbackItemKey(e.ItemId, strategy, e.Goal, TextKey.Fold(text)) : null)],
            [.. items.Select(i => new FeedbackItemKey(i.Id, i.Strategy, i.Goal, texts[i.Id]))],
            taken: entries.Where(e => !Stale(e)).Select(e => e.ItemId));
        var moved = stale.Zip(matches).Where(m => m.Second is not null).ToDictionary(m => m.First.Line, m => m.Second!.Value);
        var resolved = new List<LabelReviewEntry>();
        foreach (var entry in entries)
        {
            if (moved.TryGetValue(entry.Line, out var id))
            {
                notices.WriteLine(Localized.Format("labels.moved", path, entry.Line, entry.ItemId, id));
                resolved.Add(entry with { ItemId = id });
            }
            else
            {
                resolved.Add(entry); // current as written, or the id as written: CheckItems reports it if it is unknown
            }
        }

        return resolved;
    }

    private static IEnumerable<string> CheckItems(string path, IReadOnlyList<LabelReviewEntry> entries, IReadOnlyDictionary<long, string?> stored)
    {
        var seen = new Dictionary<long, LabelReviewEntry>();
        foreach (var e in entries)
        {
            if (!stored.ContainsKey(e.ItemId))
            {
                yield return Localized.Format(e is { Strategy: not null, Text: not null } ? "labels.unknown-item-text" : "labels.unknown-item",
                    path, e.Line, e.ItemId);
            }
            else if (seen.TryGetValue(e.ItemId, out var first) && first.Corrected != e.Corrected)
            {
                yield return Localized.Format("labels.conflict", path, e.Line, e.ItemId, e.Corrected, first.Corrected, first.Line);
            }
            else
            {
                seen.TryAdd(e.ItemId, e);
            }
        }
    }

    private static int LineOf(string message, string path)
    {
        var rest = message.StartsWith(path + ":", StringComparison.Ordinal) ? message[(path.Length + 1)..] : "";
        return int.TryParse(rest.Split(':', 2)[0], out var line) ? line : 0;
    }
}
