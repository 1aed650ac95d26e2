using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Reads a goal's report paragraphs for figures as the sentences they make: a paragraph that stops without a sentence's
/// end and is followed, for the same goal, by one opening in lower case is one sentence cut in two, as a PDF's text blocks
/// and wrapped lines cut it ("…, a las que asistieron 4,870" ¶ "personas." — blind batch I, politicos-2 PDF), so the number
/// at the end of the first keeps the noun at the start of the second. One instance per strategy; <see cref="Flush"/> at its end.
/// </summary>
/// <param name="reading">What of a paragraph is the report's text (a transcription's quoted words), applied to the whole sentence.</param>
internal sealed class ReportFigureFlow(Func<string, string> reading)
{
    private (string? Goal, string Text, SourceLocation? Location)? _held;
    private (string? Goal, string Unit)? _lastNoun;

    /// <summary>Reads <paramref name="text"/>, a report paragraph of <paramref name="goal"/>, into <paramref name="figures"/>.</summary>
    public void Add(string? goal, string text, SourceLocation? location, List<Figure> figures)
    {
        if (_held is { } held)
        {
            _held = null;
            if (held.Goal == goal && OpensInLowerCase(text))
            {
                text = held.Text.TrimEnd() + " " + text.TrimStart();
                location = held.Location;
            }
            else
            {
                Read(held.Goal, held.Text, held.Location, figures);
            }
        }

        if (EndsSentence(text))
        {
            Read(goal, text, location, figures);
        }
        else
        {
            _held = (goal, text, location);
        }
    }

    /// <summary>Reads the paragraph still held, if any.</summary>
    public void Flush(List<Figure> figures)
    {
        if (_held is { } held)
        {
            _held = null;
            Read(held.Goal, held.Text, held.Location, figures);
        }
    }

    private void Read(string? goal, string text, SourceLocation? location, List<Figure> figures)
    {
        // The paragraph before lends its last noun to a number opening this one ("… 2,184 niñas, niños y adolescentes." ¶
        // "1,926 quedaron en orfandad…": bulleted parts of one count).
        var carried = _lastNoun is { } last && last.Goal == goal ? last.Unit : null;
        var read = FigureExtractor.Extract(reading(text), carried);
        figures.AddRange(read.Select(q => new Figure(q.Value, q.Unit, goal, q.Context, location)));
        if (read.LastOrDefault(q => q.Unit != "%") is { } noun)
        {
            _lastNoun = (goal, noun.Unit);
        }
        else if (text.Any(char.IsLetter))
        {
            _lastNoun = null;
        }
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or ';' or ':' or '!' or '?' or '»' or '”' or '"' or ')' or '…';
    }

    private static bool OpensInLowerCase(string text)
    {
        var first = text.TrimStart().FirstOrDefault(c => !char.IsWhiteSpace(c));
        return char.IsLetter(first) && char.IsLower(first);
    }
}
