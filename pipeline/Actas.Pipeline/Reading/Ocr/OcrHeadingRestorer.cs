using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Institutions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Puts right a heading that OCR misread, by its nearest wording in the vocabulary
/// (<see cref="ActaVocabulary"/>: section headings and attendance sector sub-headings). A rubber stamp over
/// "ASISTENCIA" reads "ASISTENGCIA___4.", a lost space "PUNTOSSOBRESALIENTES", a cut accent "ORDEN DEL DÍ": the
/// extractor, which matches headings by their words, would miss the section. Only paragraphs of OCR pages that
/// look like headings (set as one, or mostly capitals) and do not already read as one are compared; marks and
/// one- or two-letter scraps after the words are left out, spaces do not count, and the nearest wording must be
/// within one edit for 5–8 letters, two from 9, and not tie with a wording of another set. An open wording
/// ("lectura y aprobacion…", an agenda item) only mends lost spaces: its line goes on with words of its own.
/// </summary>
public static partial class OcrHeadingRestorer
{
    private const int MaxLength = 90;
    private const int MaxWords = 7;
    private const int MinLetters = 5;

    private static readonly PhraseSet[] Sets =
    [
        ActaVocabulary.AttendanceHeading, ActaVocabulary.AgreementsHeading, ActaVocabulary.StrategiesHeading,
        ActaVocabulary.DiscussionHeading, ActaVocabulary.AgendaHeading, ActaVocabulary.ExecutorSector,
        ActaVocabulary.CivilSocietySector, ActaVocabulary.SecretariatSector, ActaVocabulary.OtherSector,
    ];

    private static readonly Lazy<List<Candidate>> Candidates = new(Build);

    /// <summary>The blocks with misread headings of the OCR pages put right, each change noted in <paramref name="issues"/>.</summary>
    public static List<LayoutBlock> Restore(IReadOnlyList<LayoutBlock> blocks, IReadOnlyCollection<int> ocrPages, List<Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(ocrPages);
        ArgumentNullException.ThrowIfNull(issues);
        var result = new List<LayoutBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is Paragraph paragraph && paragraph.Location.Page is { } page && ocrPages.Contains(page) &&
                (paragraph.Role == ParagraphRole.Heading || UpperShare(paragraph.Text) >= 0.6) && Restored(paragraph.Text) is { } text)
            {
                issues.Add(new Issue("ocr-heading", Severity.Info, paragraph.Location.ToString(), $"OCR read \"{paragraph.Text}\"; taken as the heading \"{text}\""));
                result.Add(paragraph with { Text = text, Lines = paragraph.Lines is null ? null : [text] });
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    /// <summary>
    /// The heading a paragraph should read, or null to leave it. A wide gap between the words of a bold heading reads
    /// as a tab ("ACUERDOS⇥OPERATIVOS"), which makes two cells of one heading: a heading once the tab is a space keeps it so.
    /// </summary>
    private static string? Restored(string text)
    {
        var spaced = text.Replace('\t', ' ');
        if (Nearest(spaced) is { } wording)
        {
            return UpperShare(text) >= 0.6 ? wording.ToUpper(CultureInfo.InvariantCulture) : char.ToUpper(wording[0], CultureInfo.InvariantCulture) + wording[1..];
        }

        return spaced != text && text.Length <= MaxLength && Sets.Any(s => s.IsWhole(Numbering().Replace(TextFold.Key(spaced), ""))) ? spaced : null;
    }

    /// <summary>The vocabulary wording (folded: no accents, lower case) a misread heading stands for, or null when none is near enough or it already reads as one.</summary>
    public static string? Nearest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return null;
        }

        var key = TextFold.Key(text);
        var prefix = Numbering().Match(key).Value;
        var words = key[prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var trimmed = words.Length;
        while (trimmed > 1 && (words[trimmed - 1].Length <= 2 || words[trimmed - 1].All(char.IsDigit)))
        {
            trimmed--;
        }

        if (words.Length == 0 || trimmed > MaxWords || Sets.Any(s => s.IsWhole(string.Join(' ', words.Take(trimmed)))))
        {
            return null;
        }

        Candidate? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in Candidates.Value)
        {
            var allowed = candidate.Compact.Length >= 9 ? 2 : 1;
            var distance = Math.Min(Distance(words, words.Length, candidate, allowed), Distance(words, trimmed, candidate, allowed));
            if (distance > (candidate.Open ? 0 : allowed) || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (best is not null && best.Set != candidate.Set)
            {
                tie = true;
            }
        }

        if (best is null || tie)
        {
            return null;
        }

        // An open wording ("lectura y aprobacion…") keeps the words the line goes on with.
        var rest = best.Open ? words.Skip(best.Words) : [];
        return prefix + string.Join(' ', [best.Wording, .. rest]);
    }

    /// <summary>Edit distance, spaces aside, between the first <paramref name="count"/> words and a wording (its first words when open).</summary>
    private static int Distance(string[] words, int count, Candidate candidate, int allowed)
    {
        if (candidate.Open ? count < candidate.Words : count > candidate.Words + 2)
        {
            return int.MaxValue;
        }

        var compact = string.Concat(words.Take(candidate.Open ? candidate.Words : count));
        return EditDistance.Between(compact, candidate.Compact, allowed);
    }

    private static double UpperShare(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters == 0 ? 0 : (double)text.Count(char.IsUpper) / letters;
    }

    private static List<Candidate> Build()
    {
        var candidates = new List<Candidate>();
        for (var set = 0; set < Sets.Length; set++)
        {
            foreach (var phrase in Sets[set].Phrases)
            {
                var (wordings, open) = PhraseExpander.Expand(phrase);
                foreach (var wording in wordings)
                {
                    var compact = wording.Replace(" ", "", StringComparison.Ordinal);
                    if (compact.Length >= MinLetters)
                    {
                        candidates.Add(new Candidate(wording, compact, wording.Count(c => c == ' ') + 1, open, set));
                    }
                }
            }
        }

        return candidates;
    }

    [GeneratedRegex(@"^(?:[ivx]+|\d{1,2}|[a-h]) (?=\p{L})")]
    private static partial Regex Numbering();

    private sealed record Candidate(string Wording, string Compact, int Words, bool Open, int Set);
}
