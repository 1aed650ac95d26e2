using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Finds the lines of a fixed-width text that are one paragraph broken at the wrap column (blind batch X, X1: an e-mail typed
/// with spaces and hard line breaks at 78 columns, pasted into Word one paragraph per line). Such a text qualifies when most
/// of its lines fit the width and many are aligned with spaces (indents, column gaps). A line continues the one above it when
/// the line above has no closing stop, the first word of the line would not have fitted at the end of the line above, the
/// line is no new item (list marker, label, heading in capitals, table row) and either opens in lower case at the same or a
/// deeper indent, or starts in the column where the text of the line above starts (a hanging indent: "Lugar ....: Sala 3…,
/// Fray" ¶ "                Servando 77"; "  1) La Consejería … a la" ¶ "     Secretaría Ejecutiva…").
/// </summary>
public static class HardWrappedLines
{
    /// <summary>Fewer non-blank lines than this are no fixed-width text.</summary>
    public const int MinLines = 12;

    /// <summary>Lines longer than this are paragraphs of a word processor, not lines of a fixed-width text.</summary>
    public const int MaxLineLength = 100;

    /// <summary>
    /// Runs of lines to read as one paragraph: for each line, the index of the first line of its paragraph. A null line is a
    /// blank line or anything that is no plain line (a table, a list item); it joins nothing. Returns null when the lines are
    /// not a fixed-width text.
    /// </summary>
    public static int[]? Paragraphs(IReadOnlyList<string?> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var typed = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.TrimEnd()).ToList();
        if (typed.Count < MinLines || typed.Count(l => l.Length > MaxLineLength) * 10 > typed.Count ||
            typed.Count(l => Indent(l) >= 2 || Gaps(l) > 0) * 4 < typed.Count)
        {
            return null;
        }

        var width = Width(typed);
        var first = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            first[i] = i > 0 && Continues(lines[i - 1], lines[i], width) ? first[i - 1] : i;
        }

        return first.Where((f, i) => f != i).Any() ? first : null;
    }

    /// <summary>Where the text wraps: the length most prose lines stay under (the 90th percentile of lines that are no table rows).</summary>
    private static int Width(List<string> typed)
    {
        var lengths = typed.Where(l => l.Length <= MaxLineLength && Gaps(l) < 2).Select(l => l.Length).Order().ToList();
        return lengths.Count == 0 ? MaxLineLength : lengths[Math.Min(lengths.Count - 1, lengths.Count * 9 / 10)];
    }

    private static bool Continues(string? above, string? line, int width)
    {
        if (string.IsNullOrWhiteSpace(above) || string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        above = above.TrimEnd();
        line = line.TrimEnd();
        var text = line.TrimStart();
        var word = text.Split(' ', 2)[0];
        if (above.Length > MaxLineLength || line.Length > MaxLineLength || ".;:?!".Contains(above[^1]) ||
            above.Length + 1 + word.Length <= width - 4 || Gaps(above) >= 2 || Gaps(line) >= 1 || IsRule(above) || IsRule(text) ||
            NewItem(text))
        {
            return false;
        }

        var (indentAbove, indent) = (Indent(above), Indent(line));
        return (char.IsLower(text[0]) && indent >= indentAbove) || (indent > indentAbove && TextColumns(above).Contains(indent));
    }

    /// <summary>A list marker, a label, a heading in capitals: a line that starts something of its own.</summary>
    private static bool NewItem(string text)
    {
        if (text.Length >= 2 && ActaVocabulary.BulletChars.Contains(text[0]) && text[1] == ' ')
        {
            return true;
        }

        var marker = 0;
        while (marker < text.Length && marker < 4 && char.IsLetterOrDigit(text[marker]))
        {
            marker++;
        }

        if (marker is > 0 and < 4 && marker + 1 < text.Length && (text[marker] is ')' or '.') && text[marker + 1] == ' ' &&
            (char.IsDigit(text[0]) || marker == 1))
        {
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon is > 0 and < 30 && (colon + 1 == text.Length || text[colon + 1] == ' '))
        {
            return true;
        }

        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.All(char.IsUpper);
    }

    /// <summary>Where text starts after a gap of two spaces, a colon and a space, or a list marker at the line's start.</summary>
    private static HashSet<int> TextColumns(string line)
    {
        var columns = new HashSet<int>();
        var start = Indent(line);
        for (var p = start + 2; p < line.Length; p++)
        {
            if (line[p] != ' ' && line[p - 1] == ' ' && (line[p - 2] == ' ' || line[p - 2] == ':'))
            {
                columns.Add(p);
            }
        }

        // "  1) La Consejería…", "   -  (SE; …", "a. Texto": the text after a short marker.
        var space = line.IndexOf(' ', start);
        if (space > start && space - start <= 4 && (")].-*•·–".Contains(line[space - 1]) || char.IsDigit(line[space - 1])))
        {
            var p = space;
            while (p < line.Length && line[p] == ' ')
            {
                p++;
            }

            columns.Add(p);
        }

        return columns;
    }

    private static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>Runs of three or more spaces inside a line: the gaps between columns of a table typed with spaces.</summary>
    private static int Gaps(string line)
    {
        var gaps = 0;
        var run = 0;
        for (var i = Indent(line); i < line.Length; i++)
        {
            if (line[i] == ' ')
            {
                run++;
            }
            else
            {
                gaps += run >= 3 ? 1 : 0;
                run = 0;
            }
        }

        return gaps;
    }

    /// <summary>A line of "=", "-", "_" or "*" only: a rule drawn with characters.</summary>
    private static bool IsRule(string text) => text.Length >= 3 && text.All(c => c is '=' or '-' or '_' or '*' or ' ');
}
