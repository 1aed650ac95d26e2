using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Reads the value of a report-status cell or label ("Estado del reporte", "¿Reportó?") into a goal's status:
/// a word ("Sí", "No", "Reportado", "Sin reporte", "N/R", "Parcial"), or options with marks, the checked one
/// winning: "☒ Reportó ☐ No reportó ☐ Parcial" (marks before their option), "SÍ ( X ) NO (   )" (marks after
/// it). A partial report is a report: the goal counts as <see cref="ReportStatus.Reported"/>. Null when the
/// value says nothing readable (no option checked, an unknown word): the report text decides then.
/// </summary>
public static partial class ReportStatusReader
{
    /// <summary>The status a value states, or null.</summary>
    public static ReportStatus? Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var marks = CheckBoxes.Marks(value);
        return marks.Count == 0 ? Word(value) : Marked(value, marks);
    }

    /// <summary>A value in words: the whole value, or a known value followed by a few words ("Sí, en tiempo").</summary>
    private static ReportStatus? Word(string value)
    {
        var key = TextFold.Key(value);
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (phrases, status) in Values)
        {
            if (phrases.IsWhole(key))
            {
                return status;
            }
        }

        foreach (var (phrases, status) in Values)
        {
            var length = phrases.PrefixLength(key);
            if (length > 0 && key[length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>
    /// Options with marks. When the value opens with a mark, each mark names the option after it; otherwise the
    /// option before it. The options checked must agree; an option is the few words nearest its mark.
    /// </summary>
    private static ReportStatus? Marked(string value, MatchCollection marks)
    {
        var before = value[..marks[0].Index].Trim().Length == 0;
        var found = new HashSet<ReportStatus>();
        for (var i = 0; i < marks.Count; i++)
        {
            if (!marks[i].Groups["on"].Success)
            {
                continue;
            }

            var option = before
                ? value[(marks[i].Index + marks[i].Length)..(i + 1 < marks.Count ? marks[i + 1].Index : value.Length)]
                : value[(i > 0 ? marks[i - 1].Index + marks[i - 1].Length : 0)..marks[i].Index];
            if (Option(option, fromEnd: !before) is { } status)
            {
                found.Add(status);
            }
        }

        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>The longest run of up to four words at the mark's side of <paramref name="text"/> that is a status value.</summary>
    private static ReportStatus? Option(string text, bool fromEnd)
    {
        var words = TextFold.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(4, words.Length); n >= 1; n--)
        {
            var run = string.Join(' ', fromEnd ? words[^n..] : words[..n]);
            foreach (var (phrases, status) in Values)
            {
                if (phrases.IsWhole(run))
                {
                    return status;
                }
            }
        }

        return null;
    }

    /// <summary>Tried in this order: "No reportado" is not reported before "reportado" could be read as reported.</summary>
    private static readonly (PhraseSet Phrases, ReportStatus Status)[] Values =
    [
        (ActaVocabulary.NotReportedValue, ReportStatus.NotReported),
        (ActaVocabulary.PartiallyReportedValue, ReportStatus.Reported),
        (ActaVocabulary.ReportedValue, ReportStatus.Reported),
    ];
}
