using System.Globalization;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Finds reported quantities in INFORME text: "81 operativos", "1,248 denuncias",
/// "ochenta y un operativos", "un total de doce personas", "una Consejera, un Magistrado y
/// un Juez" (seed, 520.2), "15%". Not figures: dates, clock times, years, list numbering
/// ("1.-"), strategy and goal ids ("520.2"), numbers in quoted titles, and a lone article
/// "un"/"una" ("un Testimonio").
/// </summary>
public static partial class FigureExtractor
{
    private static readonly HashSet<string> NotUnits = new(StringComparer.Ordinal)
    {
        "de", "del", "a", "al", "y", "e", "o", "u", "en", "con", "por", "para", "que", "se", "la", "el", "los",
        "las", "lo", "su", "sus", "mil", "millones", "millon", "total", "cada", "mas", "menos", "veces", "vez",
        "es", "son", "fue", "fueron", "ha", "han", "al", "hasta", "desde", "entre", "sobre", "sin", "no",
    };

    /// <summary>
    /// The groups a count is broken down into ("604 de ellas mujeres", "171 a mujeres y 169 a hombres", "58 a personas en
    /// situación de calle"): after a partitive or the preposition "a", such a noun is what the number counts.
    /// </summary>
    private static readonly HashSet<string> PopulationNouns = new(StringComparer.Ordinal)
    {
        "mujeres", "hombres", "ninas", "ninos", "adolescentes", "jovenes", "personas", "adultas", "adultos",
    };

    /// <summary>
    /// Nouns of a measure, not of things counted: money, time, length, weight, area, volume. A number whose noun is left out
    /// counts things, so it never takes one of these from an earlier figure ("132 apoyos de 15,000 pesos cada uno; 58 fueron
    /// para mujeres" counts apoyos).
    /// </summary>
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "%", "pesos", "dolares", "horas", "minutos", "dias", "semanas", "meses", "anos", "metros", "kilometros", "km", "kilos",
        "kilogramos", "kg", "toneladas", "litros", "hectareas", "m2",
    };

    /// <summary>
    /// Abbreviations a secretary's notes write with a slash (blind batch Y, Y1: "47 c/ perfil genético", "p/ minuta", "c/u"):
    /// the letter before the slash read as the word it stands for, so "c/" is the preposition "con" and no unit.
    /// </summary>
    private static readonly Dictionary<string, string> SlashAbbreviations = new(StringComparer.Ordinal)
    {
        ["c"] = "con", ["s"] = "sin", ["p"] = "para", ["x"] = "por",
    };

    /// <summary>Adverbs that may stand between a number and its verb ("7 ya fueron desocupados", "otros tres antes de diciembre"): no nouns.</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "ya", "antes", "despues", "aun", "todavia", "solo", "tambien", "ademas", "apenas", "casi", "ahora", "hoy", "luego",
    };

    private static readonly HashSet<string> PreNominal = new(StringComparer.Ordinal)
    {
        "nuevo", "nueva", "nuevos", "nuevas", "distintos", "distintas", "diferentes", "diversos", "diversas", "principales",
    };

    /// <summary>
    /// A small table inside a report, read as "Actividad | Cantidad Manifestaciones acompañadas | 187 Enlaces de diálogo
    /// desplegados | 1,240": each number alone in its cell after a label cell counts what the label's first word names
    /// ("187 manifestaciones"); a header word opening the first label ("Cantidad") is the table's, not the label's.
    /// </summary>
    private static IEnumerable<ReportedQuantity> CellFigures(string text, MatchCollection cellNumbers)
    {
        foreach (Match m in cellNumbers)
        {
            var number = m.Groups["n"];
            if (!TryParseDigits(number.Value, out var value))
            {
                continue;
            }

            var start = Math.Max(text.LastIndexOf('|', m.Index - 1), PreviousNumberEnd(text, m.Index)) + 1;
            var label = Words().Matches(text[start..m.Index]).Select(w => w.Value).ToList();
            while (label.Count > 1 && HeaderWords.Contains(TextFold.Fold(label[0])))
            {
                label.RemoveAt(0);
            }

            if (label.Count is 0 or > 10 || !char.IsUpper(label[0][0]) || label[0].Any(char.IsDigit) || NotUnits.Contains(TextFold.Fold(label[0])))
            {
                continue;
            }

            var context = string.Join(' ', label) + " " + number.Value;
            yield return new ReportedQuantity(value, LabelUnit(text[start..m.Index]) ?? label[0].ToLower(CultureInfo.InvariantCulture), context, number.Index);
        }
    }

    /// <summary>
    /// One body row of a cross-tab inside a report (a statistical table: a header row naming what each column counts over a
    /// column of categories, "Alcaldía | Talleres | Participantes" ¶ "Tlalpan | 6 | 148" ¶ "Total | 10 | 231"): each number
    /// alone in its cell counts what its column's header names ("6 talleres", "148 participantes"), the row's label being the
    /// category, not the unit; the context is the whole row. <paramref name="headers"/> holds, for each of
    /// <paramref name="cells"/>, the header text over it (null when none). Null when the row is no such row: fewer than two
    /// numbers under headers that name a thing counted; a header that is a generic word ("Cantidad", "Total"), a state
    /// ("Programado", "Realizado"), a month or a year names no unit, and such tables keep the label's reading.
    /// </summary>
    public static IReadOnlyList<ReportedQuantity>? CrossTabRow(IReadOnlyList<string?> headers, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count < 3 || headers.Count != cells.Count || LoneNumber().IsMatch(cells[0].Trim()) || !cells[0].Any(char.IsLetter))
        {
            return null;
        }

        var context = string.Join(' ', cells.Select(c => c.Trim()).Where(c => c.Length > 0));
        var found = new List<ReportedQuantity>();
        var offset = 0;
        for (var i = 1; i < cells.Count; i++)
        {
            var cell = cells[i].Trim();
            offset = context.IndexOf(cell, offset, StringComparison.Ordinal);
            if (cell.Length == 0)
            {
                continue;
            }

            if (!LoneNumber().IsMatch(cell) || !TryParseDigits(cell, out var value) || ColumnUnit(headers[i]) is not { } unit)
            {
                return null;
            }

            found.Add(new ReportedQuantity(value, unit, context, Math.Max(0, offset)));
        }

        return found.Count >= 2 ? found : null;
    }

    /// <summary>What a column header says its numbers count: its unit in parentheses, else its words in lower case; null for no unit.</summary>
    private static string? ColumnUnit(string? header)
    {
        var text = header?.Trim().TrimEnd('.', ':');
        if (string.IsNullOrEmpty(text) || text.Any(char.IsDigit) || !char.IsLetter(text[0]))
        {
            return null;
        }

        if (LabelUnit(text) is { } stated)
        {
            return stated;
        }

        var words = Words().Matches(text).Select(w => w.Value).ToList();
        var head = words.Count is > 0 and <= 4 ? TextFold.Fold(words[0]).ToLowerInvariant() : null;
        if (head is null || HeaderWords.Contains(head) || NotUnits.Contains(head) || Participle().IsMatch(head) || SpanishDateParser.IsMonthName(head))
        {
            return null;
        }

        return string.Join(' ', words).ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>A cell that is one number and nothing else: "1,035", "23", "4.5".</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")]
    private static partial Regex LoneNumber();

    /// <summary>
    /// The unit a label cell states in parentheses at its end: "Monto ejercido en el bimestre (pesos) | 4,305,000" counts pesos,
    /// "Viviendas con ecotecnias (por ciento) | 70" is 70%; null when there is none. Lower-case words only: "(Iztapalapa)",
    /// "(SEDEMA)" name a place or a body, not a unit.
    /// </summary>
    private static string? LabelUnit(string label)
    {
        var m = ParenthesisedUnit().Match(label);
        if (!m.Success)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value.Trim();
        return unit == "%" || TextFold.Fold(unit) is "por ciento" or "porcentaje" ? "%" : unit;
    }

    [GeneratedRegex(@"\((?<unit>%|\p{Ll}+(?: \p{Ll}+){0,2})\)[\s|]*$")]
    private static partial Regex ParenthesisedUnit();

    private static int PreviousNumberEnd(string text, int before)
    {
        var last = DigitNumber().Matches(text[..before]).LastOrDefault();
        return last is null ? -1 : last.Index + last.Length - 1;
    }

    private static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "cantidad", "numero", "total", "valor", "resultado", "avance", "meta", "cifra", "dato",
    };

    /// <summary>A number alone in a cell after a label cell: " | 1,240" followed by the next label, or the end.</summary>
    [GeneratedRegex(@"\|\s*(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s+\p{Lu}|\s*$|\s*\|)")]
    private static partial Regex CellNumber();

    /// <summary>The figures of one report paragraph.</summary>
    /// <param name="carried">
    /// The noun of the last figure of the paragraph before, for a number that opens this one without its own noun ("… 2,184
    /// niñas, niños y adolescentes." ¶ "1,926 quedaron en orfandad": blind batch Q, orfandad-02); null when there is none.
    /// </param>
    public static IReadOnlyList<ReportedQuantity> Extract(string text, string? carried = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = Mask(text);
        var words = Words().Matches(text).Select(m => (m.Value, Folded: FoldWord(text, m), m.Index)).ToList();
        var found = new List<ReportedQuantity>();

        var cellNumbers = CellNumber().Matches(text); // read once: skipped by the running-text pass, read by CellFigures
        var inCells = cellNumbers.Select(c => c.Groups["n"].Index).ToHashSet();
        foreach (Match m in DigitNumber().Matches(text))
        {
            if (masked[m.Index] || inCells.Contains(m.Index) || !TryParseDigits(m.Value, out var value))
            {
                continue;
            }

            var plainYear = value is >= 1900 and <= 2100 && !m.Value.Contains(',') && !m.Value.Contains('.');
            var after = m.Index + m.Length;
            var unit = (plainYear ? null : ClassifiedUnit(text, words, m.Index, after, found) ?? ElidedBeforeUnit(text, words, after, m.Index, value, found, carried))
                ?? UnitAt(text, words, m.Index, after, ref value) ?? (plainYear ? null : ElidedUnit(text, words, after, m.Index, found, carried));
            if (unit is null || (plainYear && unit != "%"))
            {
                continue;
            }

            found.Add(new ReportedQuantity(value, unit, ContextOf(text, m.Index), m.Index));
        }

        var enumerated = EnumerationSpans(text);
        var folded = words.Select(w => w.Folded).ToList();
        var restated = Restated(text, words, folded, masked);
        found.AddRange(restated.Select(r => r.Figure));
        for (var i = 0; i < words.Count; i++)
        {
            if (restated.FirstOrDefault(r => r.Start == i) is { Figure: not null } written)
            {
                i += written.Length - 1;
                continue;
            }

            if (!SpanishNumberWords.IsNumberWord(words[i].Folded) || masked[words[i].Index])
            {
                continue;
            }

            // "540 mil pesos" (blind batch R, R4): the "mil" multiplies the digits before it, read above; it is no number of its own.
            if (folded[i] is "mil" or "millones" or "millon" && text[..words[i].Index].TrimEnd() is { Length: > 0 } before && char.IsDigit(before[^1]))
            {
                continue;
            }

            // "el 64 por ciento proviene de Guerrero" (blind batch P, P6): "por ciento" is the percent sign of the number before it, not 100.
            if (i > 0 && folded[i] == "ciento" && folded[i - 1] == "por")
            {
                continue;
            }

            var read = SpanishNumberWords.Read(folded, i);
            if (read is not { } r || i + r.Length >= words.Count)
            {
                continue;
            }

            var start = i;
            i += r.Length - 1; // "ciento setenta y siete": one number, not also "siete"

            var unitWord = words[start + r.Length];
            if (unitWord.Folded == "de" && folded[start + r.Length - 1] is "millon" or "millones" && start + r.Length + 1 < words.Count)
            {
                unitWord = words[start + r.Length + 1]; // "dos millones de pesos"
            }

            if (NotUnits.Contains(unitWord.Folded) || !char.IsLetter(unitWord.Value[0]) || r.Value != 1 && IsVerbOrAdverb(unitWord))
            {
                continue;
            }

            var afterTotal = start >= 2 && words[start - 2].Folded == "total" && words[start - 1].Folded == "de";
            if (r.Value == 1 && !afterTotal && !enumerated.Any(s => words[start].Index >= s.Start && words[start].Index < s.End))
            {
                continue;
            }

            found.Add(new ReportedQuantity(r.Value, unitWord.Value.ToLower(CultureInfo.GetCultureInfo("es-MX")), ContextOf(text, words[start].Index), words[start].Index));
        }

        found.AddRange(CellFigures(text, cellNumbers));
        return RangeEnds(text, found, masked).OrderBy(f => f.Index).ToList();
    }

    /// <summary>
    /// A range of counts reports both ends (blind batch AE, AE5: "entre 30 y 40 talleres mensuales" → 30 and 40, "otros 90 a 110"
    /// → 90 and 110, "bajó de 20 a 12 minutos" → 20 and 12): the first number, which has no noun of its own, takes the second's
    /// noun and clause. The range of one item's size ("montos de entre 15,000 y 40,000 pesos", "importes de 500 a 900 pesos") is
    /// a bound on each, no quantity reported: neither end is a figure.
    /// </summary>
    private static List<ReportedQuantity> RangeEnds(string text, List<ReportedQuantity> found, bool[] masked)
    {
        if (found.Count == 0 || !(text.Contains(" y ", StringComparison.Ordinal) || text.Contains(" a ", StringComparison.Ordinal)))
        {
            return found;
        }

        var result = new List<ReportedQuantity>(found.Count + 2);
        foreach (var figure in found)
        {
            var before = text[..figure.Index];
            if (RangeStart().Match(before) is not { Success: true } start || masked[start.Groups["n"].Index] || !TryParseDigits(start.Groups["n"].Value, out var first) ||
                found.Any(f => f.Index == start.Groups["n"].Index))
            {
                result.Add(figure);
                continue;
            }

            if (start.Groups["lead"].Value.Equals("de", StringComparison.OrdinalIgnoreCase) && figure.Unit.StartsWith("hora", StringComparison.Ordinal))
            {
                result.Add(figure); // "de 22 a 24 horas": a span of the clock
                continue;
            }

            if (ItemSizeRange().IsMatch(TextFold.Fold(before[..start.Index])))
            {
                continue; // "montos de entre 15,000 y 40,000 pesos": the size of each item
            }

            result.Add(new ReportedQuantity(first, figure.Unit, figure.Context, start.Groups["n"].Index));
            result.Add(figure);
        }

        return result;
    }

    /// <summary>"entre 30 y ", "de 20 a ", "otros 90 a ": a range's first number right before its second.</summary>
    [GeneratedRegex(@"\b(?<lead>entre|de|desde|otros|otras|unos|unas)\s+(?<n>\d{1,3}(?:[., ]\d{3})*(?:,\d+)?)\s+(?:y|a|hasta)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex RangeStart();

    /// <summary>What a range bounding each item's size follows: "montos de", "importes de", "apoyos individuales de".</summary>
    [GeneratedRegex(@"\b(?:montos?|importes?|rangos?|valores?)\s+(?:de\s+|que\s+van\s+)?$", RegexOptions.RightToLeft)]
    private static partial Regex ItemSizeRange();

    /// <summary>A word folded, an abbreviation with a slash read as its word ("c/" → "con", "c/u" → "cada").</summary>
    private static string FoldWord(string text, Match word)
    {
        var end = word.Index + word.Length;
        if (word.Length != 1 || end >= text.Length || text[end] != '/' || !SlashAbbreviations.TryGetValue(word.Value.ToLowerInvariant(), out var full))
        {
            return TextFold.Fold(word.Value);
        }

        return end + 1 < text.Length && char.ToLowerInvariant(text[end + 1]) == 'u' && (end + 2 == text.Length || !char.IsLetter(text[end + 2])) ? "cada" : full;
    }

    /// <summary>
    /// The last figure before <paramref name="index"/> that counts things (no share, no measure), in the same clause or, with
    /// <paramref name="sentence"/>, anywhere in the same sentence (a semicolon ends a clause, not a sentence); null when there is none.
    /// </summary>
    private static ReportedQuantity? EarlierCount(string text, List<ReportedQuantity> found, int index, bool sentence)
    {
        var context = ContextOf(text, index);
        var start = sentence ? SentenceStart(text, index) : -1;
        return found.LastOrDefault(f => f.Index < index && !Measures.Contains(TextFold.Fold(f.Unit.Split(' ')[0])) &&
                                        (sentence ? f.Index >= start : f.Context == context));
    }

    /// <summary>
    /// Prepositions that put a count in a verb's circumstances (where, when, through what, of what): "en 6 cursos", "durante 3
    /// meses", "de 23 cuadrillas". Neither the "a" that marks a person acted on ("capacitó a 87 personas") nor "con" and "para",
    /// which name who took part or benefited ("3 torneos con 415 jóvenes; 120 recibieron…", blind batch AB, AB1).
    /// </summary>
    private static readonly HashSet<string> CircumstanceMarks = new(StringComparer.Ordinal)
    {
        "en", "de", "del", "por", "durante", "desde", "hasta", "entre", "sobre", "tras", "mediante",
    };

    /// <summary>Whether the number at <paramref name="index"/> opens the text or follows a stop, a semicolon, a colon or a comma.</summary>
    private static bool AfterPunctuation(string text, int index) =>
        text[..index].TrimEnd() is var before && (before.Length == 0 || before[^1] is ';' or ',' or ':' or '.');

    /// <summary>
    /// The last figure of the sentence before <paramref name="index"/> that counts what a verb acted on or who acted, not a
    /// measure nor a count after a preposition of circumstance (<see cref="CircumstanceMarks"/>); null when there is none.
    /// </summary>
    private static ReportedQuantity? ArgumentCount(string text, List<(string Value, string Folded, int Index)> words, List<ReportedQuantity> found, int index)
    {
        var start = SentenceStart(text, index);
        return found.LastOrDefault(f => f.Index >= start && f.Index < index && !Measures.Contains(TextFold.Fold(f.Unit.Split(' ')[0])) &&
                                        !(WordBefore(text, words, f.Index) is { } mark && CircumstanceMarks.Contains(mark)));
    }

    /// <summary>The folded word right before <paramref name="index"/> with only blanks between, or null.</summary>
    private static string? WordBefore(string text, List<(string Value, string Folded, int Index)> words, int index) =>
        words.LastOrDefault(w => w.Index < index) is { Value: not null } before && text[(before.Index + before.Value.Length)..index].Trim().Length == 0
            ? before.Folded
            : null;

    /// <summary>
    /// The last figure of the sentence before <paramref name="index"/> that counts people: one a personal "a" marks ("identificó a
    /// 23 niñas y niños", "contrató a 12 personas") or one whose noun is a group of people (<see cref="PopulationNouns"/>).
    /// </summary>
    private static ReportedQuantity? PeopleCount(string text, List<(string Value, string Folded, int Index)> words, List<ReportedQuantity> found, int index)
    {
        var start = SentenceStart(text, index);
        return found.LastOrDefault(f => f.Index >= start && f.Index < index &&
                                        (PersonalA(text, words, f.Index) || PopulationNouns.Contains(TextFold.Fold(f.Unit.Split(' ')[0]))));
    }

    /// <summary>
    /// Whether the number at <paramref name="index"/> follows the "a" that marks a person acted on ("canalizó a 15", "y a 8"):
    /// the word before that "a" is a word, not a number ("de 10 a 15" is a range).
    /// </summary>
    private static bool PersonalA(string text, List<(string Value, string Folded, int Index)> words, int index)
    {
        var k = words.FindLastIndex(w => w.Index < index);
        if (k < 1 || words[k].Folded != "a" || text[(words[k].Index + words[k].Value.Length)..index].Trim().Length > 0)
        {
            return false;
        }

        var between = text[(words[k - 1].Index + words[k - 1].Value.Length)..words[k].Index];
        return between.Trim().Length == 0;
    }

    /// <summary>The last figure before <paramref name="index"/> in the same clause that is no share, a measure or not; null when there is none.</summary>
    private static ReportedQuantity? EarlierInClause(string text, List<ReportedQuantity> found, int index)
    {
        var context = ContextOf(text, index);
        return found.LastOrDefault(f => f.Index < index && f.Unit != "%" && f.Context == context);
    }

    private static int SentenceStart(string text, int index) =>
        FullStop().Matches(text[..index]).LastOrDefault() is { } stop ? stop.Index + stop.Length : 0;

    /// <summary>
    /// A number written in words with its digits after it in parentheses, as legal actas write them: "seis mil ochocientas
    /// doce (6,812) personas", "el noventa y cuatro (94) por ciento", "un (1) convenio" (blind batch Q, Q1). One figure, counted
    /// by the noun after the parenthesis; the digits confirm the words, so "un (1)" is a count, not an article.
    /// </summary>
    private static List<(int Start, int Length, ReportedQuantity Figure)> Restated(
        string text, List<(string Value, string Folded, int Index)> words, List<string> folded, bool[] masked)
    {
        var restated = new List<(int Start, int Length, ReportedQuantity Figure)>();
        foreach (Match m in ParenthesisedDigits().Matches(text))
        {
            if (!TryParseDigits(m.Groups["n"].Value, out var digits) || masked[m.Index])
            {
                continue;
            }

            var last = words.FindLastIndex(w => w.Index < m.Index);
            if (last < 0 || text[(words[last].Index + words[last].Value.Length)..m.Index].Trim().Length > 0)
            {
                continue;
            }

            for (var i = Math.Max(0, last - 10); i <= last; i++)
            {
                if (!masked[words[i].Index] && SpanishNumberWords.Read(folded, i) is { } r && i + r.Length - 1 == last && r.Value == digits)
                {
                    var value = digits;
                    if (UnitAt(text, words, m.Index, m.Index + m.Length, ref value) is { } unit)
                    {
                        restated.Add((i, r.Length, new ReportedQuantity(value, unit, ContextOf(text, words[i].Index), words[i].Index)));
                    }

                    break;
                }
            }
        }

        return restated;
    }

    /// <summary>"(6,812)", "(94)": digits alone in parentheses.</summary>
    [GeneratedRegex(@"\((?<n>\d{1,3}(?:,\d{3})+|\d+)\)")]
    private static partial Regex ParenthesisedDigits();

    private static string? UnitAt(string text, List<(string Value, string Folded, int Index)> words, int index, int after, ref decimal value)
    {
        var rest = text.AsSpan(after);
        var trimmed = rest.TrimStart();
        if (trimmed.StartsWith("%"))
        {
            return "%";
        }

        var next = words.FirstOrDefault(w => w.Index >= after);
        if (next.Value is null || text[after..next.Index].Trim().Length > 0)
        {
            return null; // punctuation or another number between: "2.-", "30)", "10:00"
        }

        var k = words.IndexOf(next);
        if (next.Folded == "por" && k + 1 < words.Count && words[k + 1].Folded == "ciento" && Adjacent(text, next, words[k + 1]))
        {
            return "%"; // "62 por ciento" is "62%"
        }

        if (next.Folded is "mil" or "millones" or "millon")
        {
            value *= next.Folded == "mil" ? 1000 : 1_000_000;
            k++;
            if (k < words.Count && words[k].Folded == "de")
            {
                k++;
            }

            if (k >= words.Count)
            {
                return null;
            }

            next = words[k];
        }

        // "318 de las personas capacitadas": a part of a group counts the group's noun ("de los cuales" counts nothing).
        if (next.Folded == "de" && k + 2 < words.Count && words[k + 1].Folded is "las" or "los" &&
            Adjacent(text, next, words[k + 1]) && Adjacent(text, words[k + 1], words[k + 2]) && words[k + 2].Folded is not ("cuales" or "que"))
        {
            k += 2;
            next = words[k];
        }

        // "9 de los 11 hospitales generales", "4 de sus 7 bibliotecas", "187 de 203 audiencias" (blind batches M, U, V, W): a part of a counted whole
        // counts the whole's noun; the whole is read as its own figure.
        if (next.Folded == "de" && PartOfCount().Match(text, next.Index) is { Success: true } part)
        {
            var whole = part.Groups["n"];
            var wholeValue = 0m;
            return UnitAt(text, words, whole.Index, whole.Index + whole.Length, ref wholeValue);
        }

        // "ya son 47 los juzgados cívicos": after a copula the article comes between the number and its noun.
        if (next.Folded is "los" or "las" && k + 1 < words.Count && Adjacent(text, next, words[k + 1]) &&
            words.LastOrDefault(w => w.Index < index) is { Value: not null } before && before.Folded is "son" or "eran" or "fueron" or "suman" or "sumaron" &&
            text[(before.Index + before.Value.Length)..index].Trim().Length == 0)
        {
            k++;
            next = words[k];
        }

        // "2 nuevas unidades", "3 distintas alcaldías": an adjective before the noun is not what is counted.
        if (PreNominal.Contains(next.Folded) && k + 1 < words.Count && Adjacent(text, next, words[k + 1]))
        {
            k++;
            next = words[k];
        }

        // "412 personas, de las cuales 171 son mujeres": the noun after the copula is the unit.
        if (next.Folded is "son" or "eran" or "fueron" && k + 1 < words.Count && Adjacent(text, next, words[k + 1]))
        {
            if (Participle().IsMatch(words[k + 1].Folded))
            {
                return null; // "211 fueron localizadas": no noun of its own (see ElidedUnit)
            }

            next = words[k + 1];
        }

        if (NotUnits.Contains(next.Folded) || !char.IsLetter(next.Value[0]) || value != 1 && IsVerbOrAdverb(next))
        {
            return null;
        }

        return next.Value.ToLower(CultureInfo.GetCultureInfo("es-MX"));
    }

    /// <summary>
    /// A lower-case word after a count that is no noun: a verb ("1,926 quedaron", "el 911 atendió") or an adverb ("7 ya
    /// fueron…", "otros tres antes de diciembre"). More than one of a thing is a plural noun, never these.
    /// </summary>
    private static bool IsVerbOrAdverb((string Value, string Folded, int Index) word) =>
        char.IsLower(word.Value[0]) && (Adverbs.Contains(word.Folded) || FiniteVerb().IsMatch(word.Folded) || word.Value.EndsWith('ó'));

    /// <summary>
    /// A number whose noun is left out because the sentence gave it before: "De las 904 personas localizadas, 211 fueron
    /// localizadas por sus familias y 693 por acciones de búsqueda", "Se recibieron 1,482 reportes; en 1,317 se activó…".
    /// The number is followed by a verb or a preposition, and an earlier figure of the same sentence has the noun.
    /// </summary>
    private static string? ElidedUnit(
        string text, List<(string Value, string Folded, int Index)> words, int after, int index, List<ReportedQuantity> found, string? carried)
    {
        var next = words.FirstOrDefault(w => w.Index >= after);
        if (next.Value is null || text[after..next.Index].Trim().Length > 0)
        {
            // "se recibieron 3,040 reportes; se atendieron 2,617." — a number that closes its clause after a verb counts the
            // noun the sentence gave before.
            var closes = next.Value is null || text[after..next.Index].Trim() is [',' or ';' or '.', ..];
            if (closes && PartBefore(text, index))
            {
                // "…; ya son 14 de 23.": the whole, closing the clause without a noun, counts what the part counts.
                return EarlierCount(text, found, index, sentence: true)?.Unit;
            }

            return AfterVerb(text, words, index) && closes ? EarlierInClause(text, found, index)?.Unit : null;
        }

        var k = words.IndexOf(next);
        if (Adverbs.Contains(next.Folded) && k + 1 < words.Count && Adjacent(text, next, words[k + 1]))
        {
            k++;
            next = words[k]; // "7 ya fueron desocupados"
        }

        if (next.Folded == "de" && k + 1 < words.Count && words[k + 1].Folded is "ellas" or "ellos")
        {
            // "287 personas inscritas, 61 de ellas menores de 15 años", "1,108 personas asistentes, 604 de ellas mujeres": a part
            // of what was counted before counts the same noun, unless a group's noun follows ("de ellas [son] mujeres").
            var j = k + 2;
            if (j < words.Count && words[j].Folded is "son" or "eran" or "fueron" or "a")
            {
                j++;
            }

            return j < words.Count && PopulationNouns.Contains(words[j].Folded) && char.IsLower(words[j].Value[0])
                ? words[j].Value.ToLower(CultureInfo.GetCultureInfo("es-MX"))
                : found.LastOrDefault(f => f.Index < index && f.Unit != "%")?.Unit ?? carried;
        }

        if (PopulationAfter(text, words, k) is { } population)
        {
            return population; // "171 a mujeres y 169 a hombres", "214 de personas jóvenes y 47 de niñas"
        }

        if (next.Folded == "de" && WholeClosing().Match(text, next.Index) is { Success: true })
        {
            // "…; ya son 14 de 23.": a part of a whole, neither with a noun, counts the noun of the sentence's count.
            return EarlierCount(text, found, index, sentence: true)?.Unit;
        }

        if (next.Folded == "mas" && !(k + 1 < words.Count && words[k + 1].Folded == "de" && Adjacent(text, next, words[k + 1])))
        {
            // "Operan 47 servicios, 5 más que el año pasado", "Padrón en 7 panteones; 2 más en revisión": more of the same thing
            // counts the noun of the count before. ("27 quejas, 9 menos que el trimestre anterior" is a fall, no things: not read.)
            return EarlierCount(text, found, index, sentence: true)?.Unit;
        }

        if (next.Folded is "con" or "en" && AfterVerb(text, words, index))
        {
            // "de las cuales concluyó 187 con resolución administrativa"
            return EarlierInClause(text, found, index)?.Unit;
        }

        if (next.Folded is "con" or "sin" or "no" && OpensClause(text, words, index))
        {
            // "Se capturaron 312 registros; 47 con perfil genético", "de los cuales 30 sin documentos": a number that opens its clause
            // before "con"/"sin" says what some of the things counted before have; "7 no cumplieron" says what some did not do
            // ("no" is never a unit).
            return EarlierCount(text, found, index, sentence: true)?.Unit;
        }

        if (next.Folded is "a" or "al" or "en" or "como" or "hacia" or "con" && PersonalA(text, words, index) && PeopleCount(text, words, found, index) is { } people)
        {
            // "identificó a 23 niñas y niños en 4 plazas públicas y canalizó a 15 a centros de día", "contrató a 12 personas … y a 8
            // en la colonia Condesa" (blind batch AF, AF2 and AF5): the "a" before a number with no noun marks people acted on; they
            // are the people the sentence counted before, not the places between.
            return people.Unit;
        }

        if (next.Folded is "en" or "a" && k + 1 < words.Count && Adjacent(text, next, words[k + 1]) && char.IsUpper(words[k + 1].Value[0]) &&
            EarlierCount(text, found, index, sentence: false) is { } whole)
        {
            // "Se adaptaron 5 módulos más, 3 en Cuauhtémoc y 2 en Coyoacán": a count broken down by place or body.
            return whole.Unit;
        }

        if (next.Folded == "en" && OpensClause(text, words, index) && EarlierCount(text, found, index, sentence: true) is { } broken)
        {
            // "Se editaron 40 folletos de consulta: 25 en lengua de señas y 15 en formato de lectura fácil": a number opening its
            // clause before "en" and the form, medium or place it is in breaks down the count before.
            return broken.Unit;
        }

        var copulaThenParticiple = next.Folded is "fueron" or "son" or "eran" && k + 1 < words.Count && Participle().IsMatch(words[k + 1].Folded);
        if (!copulaThenParticiple && next.Folded is not ("se" or "por" or "mediante"))
        {
            return null;
        }

        return EarlierInClause(text, found, index)?.Unit;
    }

    /// <summary>
    /// The group after "a"/"de" right after a number ("171 a mujeres", "47 de niñas y adolescentes"), lower-cased; null when no
    /// group's noun follows. Such a number counts the group, not the noun said before (blind batches F, G, J, S).
    /// </summary>
    private static string? PopulationAfter(string text, List<(string Value, string Folded, int Index)> words, int k) =>
        k + 1 < words.Count && words[k].Folded is "a" or "de" && PopulationNouns.Contains(words[k + 1].Folded) &&
        char.IsLower(words[k + 1].Value[0]) && Adjacent(text, words[k], words[k + 1])
            ? words[k + 1].Value.ToLower(CultureInfo.GetCultureInfo("es-MX"))
            : null;

    /// <summary>
    /// "Se apoyó la constitución de 18 sociedades cooperativas…; de las 42 apoyadas el año pasado, 35 siguen operando", "Se
    /// atendieron 40 quejas…; de las 12 atendidas en enero…": a number after "de los/las" followed by the participle of a verb the
    /// sentence used before counts what that verb counted (the first figure after it); null otherwise.
    /// </summary>
    private static string? RepeatedVerbUnit(
        string text, List<(string Value, string Folded, int Index)> words, int index, (string Value, string Folded, int Index) next, List<ReportedQuantity> found)
    {
        var participle = Participle().Match(next.Folded);
        if (!participle.Success || participle.Index < 4 || found.Count == 0)
        {
            return null;
        }

        var k = words.FindLastIndex(w => w.Index < index);
        if (k < 1 || words[k].Folded is not ("los" or "las") || words[k - 1].Folded != "de" || !Adjacent(text, words[k - 1], words[k]))
        {
            return null;
        }

        var stem = next.Folded[..participle.Index];
        var start = SentenceStart(text, index);
        var verb = words.LastOrDefault(w => w.Index >= start && w.Index < words[k - 1].Index && w.Folded.StartsWith(stem, StringComparison.Ordinal));
        return verb.Value is null ? null : found.FirstOrDefault(f => f.Index > verb.Index && f.Index < index && f.Unit != "%")?.Unit;
    }

    /// <summary>Whether the number at <paramref name="index"/> is the whole of a part before it: "14 de 23".</summary>
    private static bool PartBefore(string text, int index) => PartThenWhole().IsMatch(text[..index]);

    /// <summary>Whether the number at <paramref name="index"/> opens its clause: after a comma, semicolon or colon, or after "de los cuales".</summary>
    private static bool OpensClause(string text, List<(string Value, string Folded, int Index)> words, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length == 0 || before[^1] is ',' or ';' or ':' ||
               (words.LastOrDefault(w => w.Index < index) is { Value: not null } word && word.Folded == "cuales" &&
                text[(word.Index + word.Value.Length)..index].Trim().Length == 0);
    }

    /// <summary>Whether the word right before the number at <paramref name="index"/> is a finite verb ("se atendieron 2,617", "concluyó 129").</summary>
    private static bool AfterVerb(string text, List<(string Value, string Folded, int Index)> words, int index) =>
        words.LastOrDefault(w => w.Index < index) is { Value: not null } before && text[(before.Index + before.Value.Length)..index].Trim().Length == 0 &&
        char.IsLower(before.Value[0]) && (FiniteVerb().IsMatch(before.Folded) || before.Value.EndsWith('ó') || RunningTotal.Contains(before.Folded));

    /// <summary>Verbs that state a running total in the singular: "con lo que hay 67", "la red suma 58" (blind batch W).</summary>
    private static readonly HashSet<string> RunningTotal = new(StringComparer.Ordinal) { "hay", "suma", "totaliza", "alcanza" };

    /// <summary>
    /// A number whose noun the sentence said once for several numbers, read before the word after it would be taken as
    /// its unit: "1,320 inspecciones ordinarias y 214 extraordinarias" (an adjective agreeing with the one after the
    /// earlier noun), "387 violaciones al descanso y 162 a vacaciones", "31 resoluciones de tutela y 12 de guarda"
    /// (a preposition after a coordinated number), "De los 58 juzgados, 41 cuentan con…" and "… 2,184 niñas y niños.
    /// 1,926 quedaron en orfandad" (a finite verb; a number opening its clause takes the noun of the clause before).
    /// Null when there is no such earlier figure: the usual unit reading applies.
    /// </summary>
    private static string? ElidedBeforeUnit(
        string text, List<(string Value, string Folded, int Index)> words, int after, int index, decimal value, List<ReportedQuantity> found, string? carried)
    {
        var next = words.FirstOrDefault(w => w.Index >= after);
        if (next.Value is null || text[after..next.Index].Trim().Length > 0 || !char.IsLower(next.Value[0]))
        {
            return null;
        }

        if (RepeatedVerbUnit(text, words, index, next, found) is { } repeated)
        {
            return repeated;
        }

        var context = ContextOf(text, index);
        var earlier = found.LastOrDefault(f => f.Index < index && f.Unit != "%");
        var counted = EarlierCount(text, found, index, sentence: true);
        if (earlier is null)
        {
            // "1,926 quedaron en orfandad" opening the paragraph after the one that counted the children.
            return carried is not null && value != 1 && !text[..index].Any(char.IsLetterOrDigit) && FiniteVerb().IsMatch(next.Folded) ? carried : null;
        }

        var sameClause = earlier.Context == context;
        var k = words.IndexOf(next);
        var before = words.LastOrDefault(w => w.Index < index);
        var coordinated = before.Value is not null && before.Folded is "y" or "e" && text[(before.Index + before.Value.Length)..index].Trim().Length == 0;

        // "171 a mujeres y 169 a hombres": the number before took the same preposition, so each says its own noun.
        // (Words are letters only: the first word after that number's index is the word after the number.)
        var parallel = coordinated && DigitRun().Matches(text[..before.Index]).LastOrDefault() is { } prior &&
            words.FirstOrDefault(w => w.Index > prior.Index).Folded == next.Folded;
        if (sameClause && coordinated && !parallel && next.Folded is "a" or "al" or "de" or "del" or "con" or "en" or "por" or "para" or "sin" &&
            !(next.Folded == "de" && k + 1 < words.Count && words[k + 1].Folded is "las" or "los") && PopulationAfter(text, words, k) is null)
        {
            return earlier.Unit;
        }

        if (sameClause && coordinated && AdjectiveAfter(text, words, earlier) is { } adjective &&
            next.Folded.Length > 3 && adjective.Length > 3 && next.Folded != adjective && next.Folded[^3..] == adjective[^3..])
        {
            return earlier.Unit;
        }

        var opensClause = context.StartsWith(text.Substring(index, after - index), StringComparison.Ordinal);
        if (Adverbs.Contains(next.Folded) && k + 1 < words.Count && Adjacent(text, next, words[k + 1]))
        {
            k++;
            next = words[k]; // "de las que 2,150 ya están en consulta"
        }

        if (next.Folded is "lo" or "la" or "los" or "las" or "le" or "les" && k + 1 < words.Count && Adjacent(text, next, words[k + 1]) &&
            FiniteVerb().IsMatch(words[k + 1].Folded))
        {
            k++;
            next = words[k]; // "3 recintos perdieron la certificación y 11 la renovaron": an object pronoun before the verb, no noun
        }

        // "; 4 fueron judicializadas", "de los cuales 712 fueron para mujeres productoras": a copula before a participle or
        // a preposition has no noun of its own.
        var copulaWithoutNoun = next.Folded is "fueron" or "son" or "eran" && k + 1 < words.Count && Adjacent(text, next, words[k + 1]) &&
            (Participle().IsMatch(words[k + 1].Folded) || words[k + 1].Folded is "para" or "de");
        if (value != 1 && (copulaWithoutNoun || FiniteVerb().IsMatch(next.Folded) && !NotUnits.Contains(next.Folded)) && (sameClause || opensClause))
        {
            // A count said of things (it is, it was for, it ended) counts the last noun of things, not a measure: "132 apoyos de
            // 15,000 pesos cada uno; 58 fueron para mujeres productoras". Opening its own clause, it is said of what the clause
            // before acted on, not of a count in its circumstances: "capacitó a 87 personas en 6 cursos …; 19 obtuvieron empleo"
            // (blind batch AF, AF5) counts personas. ("de los cuales 29 concluyeron" points at the noun right before it: not so read.)
            return (AfterPunctuation(text, index) ? ArgumentCount(text, words, found, index) : null)?.Unit ?? counted?.Unit ?? earlier.Unit;
        }

        return null;
    }

    /// <summary>
    /// Verbs that sort a count into a kind of thing, with the preposition that names the kind: "1,106 correspondieron a
    /// registros extemporáneos", "64 correspondieron a bares y cantinas", "41 derivaron en demandas laborales" (blind
    /// batches H, J, W). Matched by stem, any tense and number.
    /// </summary>
    private static readonly (string Stem, string Preposition)[] SortingVerbs = [("correspond", "a"), ("deriv", "en")];

    /// <summary>
    /// A count said to correspond to, or to turn into, a plural noun counts that noun, not the whole it was taken from:
    /// "De las 900 quejas, 310 correspondieron a cobros indebidos y 95 a tratos groseros" gives 310 cobros and 95 tratos;
    /// a coordinated number that repeats the preposition takes the noun after it. A group of people after the preposition says
    /// whom the things counted before went to, not another thing counted: "Se renovaron 412 licencias; 96 corresponden a mujeres
    /// y 31 a personas mayores" (blind batch AF, AF2) gives 96 and 31 licencias, as the whole of the sentence counts; a coordinated
    /// number reads so only when the number it repeats did ("… 1,106 correspondieron a registros extemporáneos y 58 a personas"
    /// counts personas). Null when the number is not so sorted or no plural noun follows ("correspondieron a la Alcaldía"): the
    /// other readings apply.
    /// </summary>
    private static string? ClassifiedUnit(string text, List<(string Value, string Folded, int Index)> words, int index, int after, List<ReportedQuantity> found)
    {
        var k = words.FindIndex(w => w.Index >= after);
        if (k < 0 || text[after..words[k].Index].Trim().Length > 0)
        {
            return null;
        }

        var preposition = SortingPreposition(text, words, k);
        var sortedByHolder = true; // the number this one repeats (if any) said to whom, not what
        if (preposition < 0)
        {
            // "… correspondieron a registros extemporáneos y 58 a personas": the verb is said once for both numbers.
            var before = words.LastOrDefault(w => w.Index < index);
            if (before.Value is null || before.Folded is not ("y" or "e") || text[(before.Index + before.Value.Length)..index].Trim().Length > 0 ||
                DigitRun().Matches(text[..before.Index]).LastOrDefault() is not { } prior)
            {
                return null;
            }

            var priorNext = words.FindIndex(w => w.Index > prior.Index);
            var priorPreposition = priorNext < 0 ? -1 : SortingPreposition(text, words, priorNext);
            if (priorPreposition < 0 || words[priorPreposition].Folded != words[k].Folded)
            {
                return null;
            }

            preposition = k;
            sortedByHolder = priorPreposition + 1 < words.Count && PopulationNouns.Contains(words[priorPreposition + 1].Folded);
        }

        var noun = preposition + 1 < words.Count ? words[preposition + 1] : default;
        if (noun.Value is not null && sortedByHolder && PopulationNouns.Contains(noun.Folded) &&
            EarlierCount(text, found, index, sentence: true) is { } whole && !PopulationNouns.Contains(TextFold.Fold(whole.Unit.Split(' ')[0])))
        {
            return whole.Unit;
        }

        return noun.Value is not null && Adjacent(text, words[preposition], noun) && char.IsLower(noun.Value[0]) && noun.Folded.EndsWith('s') &&
            !NotUnits.Contains(noun.Folded) ? noun.Value.ToLower(CultureInfo.GetCultureInfo("es-MX")) : null;
    }

    /// <summary>The index of the preposition after a sorting verb at word <paramref name="k"/> ("correspondieron a"), or -1.</summary>
    private static int SortingPreposition(string text, List<(string Value, string Folded, int Index)> words, int k) =>
        k + 1 < words.Count && SortingVerbs.Any(v => words[k].Folded.StartsWith(v.Stem, StringComparison.Ordinal) && words[k + 1].Folded == v.Preposition) &&
        Adjacent(text, words[k], words[k + 1]) ? k + 1 : -1;

    /// <summary>The word right after an earlier figure's unit ("ordinarias" in "1,320 inspecciones ordinarias"), or null.</summary>
    private static string? AdjectiveAfter(string text, List<(string Value, string Folded, int Index)> words, ReportedQuantity earlier)
    {
        var k = words.FindIndex(w => w.Index > earlier.Index && w.Folded == TextFold.Fold(earlier.Unit));
        return k >= 0 && k + 1 < words.Count && Adjacent(text, words[k], words[k + 1]) && char.IsLower(words[k + 1].Value[0]) &&
            !NotUnits.Contains(words[k + 1].Folded) ? words[k + 1].Folded : null;
    }

    /// <summary>A plural finite verb: "quedaron", "recibieron", "cuentan", "tienen" (a plural noun ends in -s, not -n).</summary>
    // Not "-ien": "recién", "también", "quien" are no verbs.
    [GeneratedRegex(@"^\p{L}{2,}(?:aron|ieron|eron|an|(?<!i)en)$")]
    private static partial Regex FiniteVerb();

    [GeneratedRegex(@"(?:ad|id)[oa]s?$")]
    private static partial Regex Participle();

    private static bool Adjacent(string text, (string Value, string Folded, int Index) first, (string Value, string Folded, int Index) second) =>
        text[(first.Index + first.Value.Length)..second.Index].Trim().Length == 0;

    private static bool TryParseDigits(string token, out decimal value)
    {
        // "1,248", "1.248" and "1 248" are thousands; "2.5" and "2,5" decimals.
        token = token.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        var normalized = ThousandsComma().IsMatch(token) ? token.Replace(",", "")
            : ThousandsDot().IsMatch(token) ? token.Replace(".", "")
            : token.Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool[] Mask(string text)
    {
        var masked = new bool[text.Length + 1];
        void Cover(int start, int length)
        {
            for (var k = start; k < Math.Min(text.Length, start + length); k++)
            {
                masked[k] = true;
            }
        }

        foreach (var date in SpanishDateParser.FindAll(text, 2000))
        {
            Cover(date.Index, date.Length);
        }

        foreach (var regex in new[] { Quoted(), Time(), GoalId(), Numbering(), AfterIdWord(), DayRange() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (regex != Time() || !IsDecimalMeasure(text, m))
                {
                    Cover(m.Index, m.Length);
                }
            }
        }

        if (text.Contains("años", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in Age().Matches(text))
            {
                Cover(m.Index, m.Length);
            }
        }

        return masked;
    }

    /// <summary>
    /// "4.50 pesos por litro", "12.75 %": two decimals after a point, then a measure that is no unit of time, is a quantity, not
    /// the clock time "4.50" is in "a las 4.50".
    /// </summary>
    private static bool IsDecimalMeasure(string text, Match time)
    {
        if (time.Value.Contains(':', StringComparison.Ordinal) || time.Value.Any(char.IsLetter))
        {
            return false;
        }

        var rest = text.AsSpan(time.Index + time.Length).TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        var word = end == 0 ? rest[..Math.Min(1, rest.Length)].ToString() : TextFold.Fold(rest[..end].ToString()).ToLowerInvariant();
        return Measures.Contains(word) && word is not ("horas" or "minutos" or "dias" or "semanas" or "meses" or "anos");
    }

    private static List<(int Start, int End)> EnumerationSpans(string text)
    {
        return Enumeration().Matches(TextFold.Fold(text)).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    /// <summary>The clause a figure stands in: cut after sentence ends and before list numbering ("… (552 personas) 2.-El interés…").</summary>
    private static string ContextOf(string text, int index)
    {
        var cuts = SentenceEnd().Matches(text).Select(m => m.Index + m.Length)
            .Concat(Numbering().Matches(text).Select(m => m.Index).Where(i => i > 0))
            .Order()
            .ToList();
        var start = cuts.LastOrDefault(c => c <= index);
        var end = cuts.FirstOrDefault(c => c > index, text.Length);
        return text[start..end].Trim();
    }

    // "3 418 consultas": thousands set off by a (no-break, thin) space, as style guides and some PDFs write them.
    [GeneratedRegex(@"(?<![\w.,/:]|\d\s)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\w/:]|[.,]\d|\s\d)|(?<![\w.,/:])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w/:])|(?<![\w.,/:])\d{1,3}(?:\.\d{3})+(?![\w/:.])|(?<![\w.,/:])\d+(?:[.,]\d+)?(?![\w/:])")]
    private static partial Regex DigitNumber();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")]
    private static partial Regex ThousandsComma();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex ThousandsDot();

    [GeneratedRegex(@"[\p{L}][\p{L}'’\-]*|%")]
    private static partial Regex Words();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex DigitRun();

    /// <summary>"de los 11 ", "de sus 7 ", "de 203 ": the whole a count is a part of, its number in digits before a word.</summary>
    [GeneratedRegex(@"\Gde\s+(?:(?:los|las|sus|estos|estas|esos|esas|nuestros|nuestras)\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+)(?=\s+\p{L})")]
    private static partial Regex PartOfCount();

    [GeneratedRegex("\"[^\"]{1,300}\"|“[^”]{1,300}”|«[^»]{1,300}»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d{1,2}[:.]\d{2}\s*(?:horas|hrs|h)?\b")]
    private static partial Regex Time();

    [GeneratedRegex(@"\b\d{3}\.\d{1,2}\b")]
    private static partial Regex GoalId();

    [GeneratedRegex(@"(?:^|(?<=[\s.>(]))\d{1,2}\s*(?:\.-|\.(?=\s)|\)|-(?=\s?\p{L}))")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"(?i)\b(?:estrategias?|metas?|indicador(?:es)?|acuerdos?|art[íi]culos?|fracci[óo]n|n[úu]mero|no\.|p[áa]gina|oficio|folio)\s+(?:\d+(?:\.\d+)?(?:\s*(?:,|y|e)\s*)?)+")]
    private static partial Regex AfterIdWord();

    [GeneratedRegex(@"(?i)\bdel?\s+\d{1,2}\s+al?\s+\d{1,2}\s+de\s+\p{L}+")]
    private static partial Regex DayRange();

    /// <summary>
    /// An age or an age range, which says who was counted, not how many: "personas de 18 a 29 años", "menores de cinco
    /// años", "mayores de 60 años", "entre 12 y 17 años" (blind batches R, S, T: "ages are kept only inside a context").
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:(?:menores|mayores)\s+de|(?:de|entre)\s+\d{1,3}\s+(?:a|y))\s+(?:\d{1,3}|\p{L}+(?:\s+y\s+\p{L}+)?)\s+años\b")]
    private static partial Regex Age();

    // "una Consejera, un Magistrado y un Juez"; "una Directora general, dos subdirectores y un enlace operativo"
    [GeneratedRegex(@"\b(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)(?:\s+\p{L}+){1,3}?(?:\s*,\s*(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)(?:\s+\p{L}+){1,3}?)*\s+(?:y|e)\s+(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+\p{L}+")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"[.;!?](?=\s+(?:\p{Lu}|\d|<|¿|""))|[.;!?]$")]
    private static partial Regex SentenceEnd();

    /// <summary>A sentence's end: a stop, not a semicolon, before a capital, a digit or an opening mark.</summary>
    [GeneratedRegex(@"[.!?](?=\s+(?:\p{Lu}|\d|<|¿|""))")]
    private static partial Regex FullStop();

    /// <summary>"de 23" right after a number, closing its clause: a whole with no noun.</summary>
    [GeneratedRegex(@"\Gde\s+(?:\d{1,3}(?:,\d{3})+|\d+)\s*(?:[,;.:)]|$)")]
    private static partial Regex WholeClosing();

    /// <summary>"14 de " at the end of the text before a number: the part, of which that number is the whole.</summary>
    [GeneratedRegex(@"(?<![\w.,])\d+(?:,\d{3})*\s+de\s+$")]
    private static partial Regex PartThenWhole();
}
