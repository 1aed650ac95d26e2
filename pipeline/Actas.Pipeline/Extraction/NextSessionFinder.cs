using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The next meeting of the body, from the sentence that fixes it, however it is phrased:
/// "La siguiente sesión será el próximo jueves 27 de septiembre, de 10:00 a 13:00 horas…",
/// "Se convoca a la trigésima reunión para el 14/III/2019", "Próxima sesión: 11 de abril".
/// A date on or before the session's own date is not the next meeting (it is a deadline or a
/// reference to the past), and an ordinal meeting must come after this one.
/// </summary>
public static class NextSessionFinder
{
    /// <param name="texts">Candidate sentences in document order (agreements first).</param>
    /// <param name="sessionDate">ISO date of this session, or null.</param>
    /// <param name="sessionNumber">This session's number, or null.</param>
    /// <param name="announcedOnly">When true, only sentences with words that announce a later meeting count.</param>
    /// <param name="order">How the document writes its digit dates.</param>
    public static NextSession? Find(IEnumerable<string> texts, string? sessionDate, int? sessionNumber, bool announcedOnly = false, DigitDateOrder order = DigitDateOrder.DayFirst)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var list = texts.Select(FormBlanks.Clear).ToList();
        int? year = sessionDate is { Length: >= 4 } && int.TryParse(sessionDate[..4], out var y) ? y : null;
        DateOnly? after = sessionDate is not null && DateOnly.TryParse(sessionDate, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

        // 1. Words that announce a later meeting ("próxima sesión", "se convoca").
        foreach (var text in list)
        {
            var folded = TextFold.Fold(text);
            if (folded.Length != text.Length)
            {
                continue;
            }

            for (var m = ActaVocabulary.NextMeeting.Find(folded); m.Success; m = m.NextMatch())
            {
                if (From(text[m.Index..], year, after, order) is { } next)
                {
                    return next;
                }
            }
        }

        // 1b. A meeting word and, a few words on, the future verb that fixes when it is held.
        foreach (var text in list)
        {
            var folded = TextFold.Fold(text);
            if (folded.Length != text.Length)
            {
                continue;
            }

            foreach (Match m in MeetingHeld.Matches(folded))
            {
                if (From(text[m.Index..], year, after, order) is { } next)
                {
                    return next;
                }
            }
        }

        if (announcedOnly)
        {
            return null;
        }

        // 2. An ordinal meeting later than this one: "la trigésima reunión se llevará a cabo…".
        foreach (var text in list)
        {
            var folded = TextFold.Fold(text);
            if (folded.Length != text.Length)
            {
                continue;
            }

            foreach (Match m in OrdinalMeeting.Matches(folded))
            {
                // "la XII Sesión Ordinaria" (BG2): a roman numeral, written in capitals, before the meeting word.
                var number = m.Groups["roman"].Success
                    ? text.Substring(m.Groups["roman"].Index, m.Groups["roman"].Length).All(char.IsUpper) ? SpanishOrdinalParser.Roman(m.Groups["roman"].Value) : null
                    : SpanishOrdinalParser.Find(m.Value);
                if (number is { } n && (sessionNumber is null || n > sessionNumber) && From(text[m.Index..], year, after, order) is { } next)
                {
                    return next;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The hour of the next meeting asked on a line of its own, as a form asks it after the date (blind batch O, O5:
    /// "Fecha de la próxima sesión (dd/mm/aaaa): 15/07/2021" ¶ "Hora de la próxima sesión (hh:mm): 11:00"); null when no line names it.
    /// </summary>
    public static string? LabelledHour(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var text in texts)
        {
            var folded = TextFold.Fold(text);
            if (folded.Length == text.Length && HourOfNextMeeting.Match(folded) is { Success: true } m &&
                ClockTime.FindAll(text[(m.Index + m.Length)..]) is [var (time, _), ..])
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>
    /// The next meeting with the hour another line gives it: minutes may name the meeting twice, once without its hour (an
    /// agreement "… en la siguiente sesión" whose date column is the meeting's day) and once with it (blind batch Q, Q6: a form's
    /// row "Próxima sesión: | 22/10/2015 | Hora: | 10:00"). The other line must announce a meeting on the same day; the
    /// meeting is returned unchanged when none does.
    /// </summary>
    public static NextSession WithHourFrom(NextSession next, IEnumerable<string> texts, string? sessionDate, DigitDateOrder order = DigitDateOrder.DayFirst)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(texts);
        if (next.StartTime is not null)
        {
            return next;
        }

        int? year = sessionDate is { Length: >= 4 } && int.TryParse(sessionDate[..4], out var y) ? y : null;
        DateOnly? after = sessionDate is not null && DateOnly.TryParse(sessionDate, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        foreach (var text in texts.Select(FormBlanks.Clear))
        {
            var folded = TextFold.Fold(text);
            if (folded.Length != text.Length || folded.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            {
                continue;
            }

            for (var m = ActaVocabulary.NextMeeting.Find(folded); m.Success; m = m.NextMatch())
            {
                if (From(text[m.Index..], year, after, order) is { StartTime: { } start } timed && timed.Date == next.Date)
                {
                    return next with { StartTime = start, EndTime = next.EndTime ?? timed.EndTime };
                }
            }
        }

        return next;
    }

    /// <summary>"Hora de la próxima sesión", "horario de la siguiente reunión": an hour label before a next-meeting phrase of <see cref="ActaVocabulary.NextMeeting"/>.</summary>
    private static readonly Regex HourOfNextMeeting = new(@"\bhora(?:rio)?\s+de\s+(?:la\s+|el\s+)?" + ActaVocabulary.NextMeeting.Pattern + @"\b", RegexOptions.CultureInvariant);

    private static NextSession? From(string tail, int? year, DateOnly? after, DigitDateOrder order)
    {
        // "… para la próxima sesión. Responsable: SE Fecha compromiso: 03/10/2023": the due date of an agreement is not the meeting's.
        if (DueDate.Match(TextFold.Fold(tail)) is { Success: true } due && TextFold.Fold(tail).Length == tail.Length)
        {
            tail = tail[..due.Index];
        }

        var date = SpanishDateParser.FindAll(tail, year, order).FirstOrDefault(x => after is null || x.Value > after);
        if (date is null)
        {
            return null;
        }

        var range = ClockTime.FindRange(tail);
        var start = range?.Start ?? ClockTime.FindAll(tail).Select(t => t.Time).FirstOrDefault();
        return new NextSession(date.Iso, start, range?.End, AgreementExtractor.StrategiesIn(tail));
    }

    /// <summary>"Fecha compromiso:", "plazo:": a due-date label of <see cref="ActaVocabulary.DueDateLabel"/> before its colon.</summary>
    private static readonly Regex DueDate = new(@"\b" + ActaVocabulary.DueDateLabel.Pattern + @"\s*:", RegexOptions.CultureInvariant);

    /// <summary>"La Primera Sesión Ordinaria de 2018 se celebrará…": a meeting word, at most four words, a verb of <see cref="ActaVocabulary.MeetingWillBeHeld"/>.</summary>
    private static readonly Regex MeetingHeld = new(
        @"\b" + ActaVocabulary.Meeting.Pattern + @"(?:\s+[^\s.;]+){0,4}?\s+" + ActaVocabulary.MeetingWillBeHeld.Pattern + @"\b",
        RegexOptions.CultureInvariant);

    /// <summary>"trigésima reunión", "30a. sesión", "XII Sesión", "décimo tercera sesión ordinaria": an ordinal before a meeting word of <see cref="ActaVocabulary.Meeting"/>.</summary>
    private static readonly Regex OrdinalMeeting = new(
        @"\b(?:(?<roman>[ivxl]{1,7})|\d{1,3}\.?\s*(?:ª|º|a\.|a\b|va\b|ra\b)|(?:[a-z]+\s+){0,1}[a-z]+(?:esim[oa]|avo|ava|ero|era|undo|unda|arto|arta|into|inta|exto|exta|timo|tima|eno|ena|cimo|cima))\s+" +
        ActaVocabulary.Meeting.Pattern + @"\b" +
        // "La Sesión Ordinaria XXII se realizará…", "la reunión de trabajo 24", "Reunión de trabajo #9": the number after the meeting word.
        @"|\b" + ActaVocabulary.Meeting.Pattern + @"(?:\s+(?:ordinaria|extraordinaria|de\s+trabajo))?\s+(?:no\.?\s*|num\.?\s*|#\s*)?(?:[ivxl]{1,7}|\d{1,3})\b(?![.,]\d)",
        RegexOptions.CultureInvariant);
}
