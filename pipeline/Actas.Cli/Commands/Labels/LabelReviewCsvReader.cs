using Actas.Cli.Output;
using Actas.Cli.Usage;
using System.Globalization;
using System.Text;
using Actas.Classification;
using CsvHelper;

namespace Actas.Cli.Commands.Labels;

/// <summary>
/// Reads a filled review file: with or without a BOM, <c>,</c> or <c>;</c> as delimiter (Excel in Spanish locales
/// saves "CSV" with <c>;</c>), UTF-8 or, when the bytes are not UTF-8, Windows-1252 (Excel's plain "CSV" on Windows).
/// Only <c>item_id</c> and <c>corrected</c> are required; labels are trimmed and lower-cased. <c>strategy</c>, <c>goal</c>
/// and <c>text</c> are kept to find an item again after its acta was re-read (new item ids).
/// </summary>
public static class LabelReviewCsvReader
{
    public static LabelReviewFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var content = Decode(File.ReadAllBytes(path));
        var firstLine = content.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        if (UnclosedQuoteLine(content, separator) is { } opened)
        {
            // The reader would take everything after it as one field: every later row lost, "0 stored".
            return new LabelReviewFile([], [Localized.Format("labels.unclosed-quote", path, opened)]);
        }

        using var csv = CsvReader.FromText(content, new CsvReaderOptions { Separator = separator, HasHeader = true, TrackLineNumbers = true });
        var header = (csv.Headers ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.Count == 0)
        {
            return new LabelReviewFile([], [Localized.Format("labels.empty-file", path, string.Join(',', LabelReviewCsvWriter.Header))]);
        }

        var idColumn = header.IndexOf("item_id");
        var labelColumn = header.IndexOf("corrected");
        var textColumn = header.IndexOf("text");
        var strategyColumn = header.IndexOf("strategy");
        var goalColumn = header.IndexOf("goal");
        if (idColumn < 0 || labelColumn < 0)
        {
            return new LabelReviewFile([], [Localized.Format("labels.no-columns", path, string.Join(separator, csv.Headers ?? []))]);
        }

        var entries = new List<LabelReviewEntry>();
        var errors = new List<string>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var label = (Field(csv, labelColumn) ?? "").Trim().ToLowerInvariant();
            if (label.Length == 0)
            {
                continue;
            }

            var idText = (Field(csv, idColumn) ?? "").Trim();
            if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                errors.Add(Localized.Format("labels.bad-id", path, line, idText));
                continue;
            }

            if (!FeedbackLabels.IsKnown(label))
            {
                errors.Add(Localized.Format("labels.unknown-label", path, line, label, string.Join(", ", FeedbackLabels.All)));
                continue;
            }

            var text = textColumn < 0 ? null : Field(csv, textColumn);
            var strategy = int.TryParse(strategyColumn < 0 ? null : Field(csv, strategyColumn), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : (int?)null;
            var goal = goalColumn < 0 ? null : Field(csv, goalColumn) is { Length: > 0 } g ? SpreadsheetFormulaGuard.Unprotect(g) : null;
            entries.Add(new LabelReviewEntry(line, id, label, text is null ? null : SpreadsheetFormulaGuard.Unprotect(text), strategy, goal));
        }

        return new LabelReviewFile(entries, errors);
    }

    /// <summary>The line where a quoted field opens that no closing quote ends (RFC 4180: "" inside is a quote); null when all close.</summary>
    private static int? UnclosedQuoteLine(string content, char separator)
    {
        var line = 1;
        int? openedAt = null;
        var fieldStart = true;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (openedAt is not null)
            {
                if (c == '"')
                {
                    if (i + 1 < content.Length && content[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        openedAt = null;
                    }
                }
            }
            else if (c == '"' && fieldStart)
            {
                openedAt = line;
            }

            if (c == '\n')
            {
                line++;
            }

            fieldStart = openedAt is null && (c == separator || c == '\n' || (c == '\r' && fieldStart));
        }

        return openedAt;
    }

    private static string? Field(CsvReader csv, int index) =>
        index < csv.FieldCount ? csv.GetStringOrNull(index) : null;

    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
