using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Extraction;

/// <summary>Flattens the layout model into <see cref="Row"/>s: page breaks vanish, tables become their rows.</summary>
public static partial class RowStream
{
    /// <summary>
    /// A PDF whose paragraphs have no spacing can run a strategy's lines together:
    /// "…formas de explotación Meta 520.1 Derivado de…". Cut a paragraph before each
    /// "Estrategia 520." and "Meta 520.1" followed by a capital, wherever it stands; the field
    /// labels ("Informe:", "Responsable:") are cut only inside a strategy block
    /// (<see cref="SplitOnFieldLabels"/>), since an agreement may say "Responsable: SEDESA".
    /// </summary>
    public static IReadOnlyList<string> SplitOnStrategyLabels(string text)
    {
        var pieces = Split(text, StrategyStart, StrategyStartWords);
        if (pieces.Count > 1 && pieces[0].Length <= 60 && DashedSpeaker().IsMatch(pieces[0]) && GoalColon().IsMatch(pieces[1]) &&
            StrategyLabels.Read(pieces[0].TrimEnd().TrimEnd('/', '–', '—', '-').Trim()) is null)
        {
            // "SE – Meta 508.1: Se reconoce…", "Name (Body) — Meta 511.1: …" (blind batch AE, AE6): who spoke, a dash, the goal and a
            // colon lead one remark; the goal is no line of its own. So too with a slash, "SE / Meta 624.1: …" (blind batch AG, AG2);
            // not when the word before it is a label's other language ("Goal / Meta 589.1:", X2), which the label reader pairs.
            pieces = [pieces[0] + " " + pieces[1], .. pieces.Skip(2)];
        }

        // "CUARTO. Seguimiento de la Estrategia 526: …": the agenda point's lead-in before the strategy is no text of the block above;
        // nor is the other language's word of a bilingual label ("Strategy / Estrategia 592: …", blind batch X, X2).
        return pieces.Count > 1 && pieces[0].Length <= 60 && (ObjectOfPhrase().IsMatch(TextFold.Fold(pieces[0]) + " ") || OtherLanguageWord().IsMatch(pieces[0])) &&
               TextFold.Fold(pieces[1]).StartsWith("estrategia", StringComparison.Ordinal)
            ? pieces.Skip(1).ToList()
            : pieces;
    }

    /// <summary>A paragraph row of a strategy block cut before each capitalised field label followed by a colon.</summary>
    public static IEnumerable<Row> SplitOnFieldLabels(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Table is not null || !row.IsSingle || StrategyLabels.Read(row.Text) is { Rest.Length: 0 })
        {
            return [row]; // "COMENTARIOS DE SOCIEDAD CIVIL E INSTANCIAS:" is one label, not a remark heading cut before "INSTANCIAS:"
        }

        var pieces = Split(row.Text, FieldLabel, FieldLabelMarks);
        // "– Retroalimentación de la Secretaría Ejecutiva: …" (blind batch P, P2): the dash of a typed bullet, cut off before the
        // label, is no text of the field above.
        return pieces.Count == 1 ? [row] : pieces.Where(p => p.Any(char.IsLetterOrDigit)).Select(p => row with { Cells = [new RowCell(0, 1, [p])] });
    }

    /// <summary>
    /// Cuts text before each match of <paramref name="labels"/>; <paramref name="needs"/> are strings every match holds (folded),
    /// so a text holding none of them is not scanned (the scan from every position was 6 % of a .docx import's extraction).
    /// </summary>
    private static IReadOnlyList<string> Split(string text, Regex labels, string[] needs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length || !needs.Any(n => folded.Contains(n, StringComparison.Ordinal)))
        {
            return [text];
        }

        var cuts = labels.Matches(folded)
            .Where(m => char.IsUpper(text[m.Index]) && (labels != FieldLabel || !ObjectOfPhrase().IsMatch(folded[..m.Index])) &&
                        (!m.Groups["id"].Success || (m.Index + m.Length < text.Length && char.IsUpper(text[m.Index + m.Length]))))
            .Select(m => m.Index);
        return TextCuts.At(text, cuts);
    }

    /// <summary>Both cuts at once, for the paragraphs of a ficha cell (a strategy block in one cell).</summary>
    public static IReadOnlyList<string> SplitOnAllLabels(string text) =>
        SplitOnStrategyLabels(text).SelectMany(piece => Split(piece, FieldLabel, FieldLabelMarks)).ToList();

    private static readonly Regex StrategyStart = new(
        @"(?<=\S\s)(?:" + ActaVocabulary.Goal.Pattern + @"\s+(?<id>\d{3}\.\d{1,2})\s*[.:]?\s+(?=\S)|" + ActaVocabulary.Goal.Pattern + @"\s*:|estrategia\s+\d{3}\s*[.:\-])",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// What every <see cref="StrategyStart"/> match holds: the literal start of a goal phrase ("meta", "goal"; empty, so
    /// matching every text, for a phrase that opens with a choice) or "estrategia".
    /// </summary>
    private static readonly string[] StrategyStartWords =
        [.. ActaVocabulary.Goal.Phrases.Select(p => p[..(p.IndexOfAny([' ', '(', '[', '…']) switch { -1 => p.Length, var i => i })]), "estrategia"];

    /// <summary>What every <see cref="FieldLabel"/> match ends with: a colon or ".-".</summary>
    private static readonly string[] FieldLabelMarks = [":", ".-"];

    private static readonly Regex FieldLabel = new(
        @"(?<=\S\s)(?:" + string.Join('|', ActaVocabulary.StrategyFields.Select(f => f.Phrases.Pattern + @"\s*(?:\.?:|\.-)")) + ")",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Literal markup typed or pasted into a Word cell is structure, not content (seed:
    /// "&lt;p&gt;PGJ solicita que…&lt;/p&gt; &lt;p&gt;Además se pide…&lt;/p&gt;" is two paragraphs), whatever the reader.
    /// </summary>
    private static IEnumerable<string> Unmarked(string text)
    {
        // A form's typed values keep their blanks ("Sesión número: __2__"): the blanks are no text. A line that is only a
        // blank stays, as a signature's line closes the agreements above it.
        text = FormBlanks.Clear(text) is { Length: > 0 } cleared ? cleared : text;
        if (string.IsNullOrWhiteSpace(text) || FormBlanks.IsPlaceholder(text))
        {
            return [];
        }

        return HtmlFragment.HasMarkup(text) ? HtmlFragment.ToParagraphs(text) : [text.Trim()];
    }

    public static IReadOnlyList<Row> Build(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rows = new List<Row>();
        foreach (var block in document.Blocks.Select(Grids.SpreadsheetHeadings.Strip).Select(Grids.ComparedSessions.Keep).SelectMany(MarginRubrics.Unwrap).SelectMany(HeadedCards.Unwrap))
        {
            switch (block)
            {
                case Paragraph p when !string.IsNullOrWhiteSpace(p.Text) && HeadingOverSoftLines(p) is { } lines:
                    rows.AddRange(lines.Select(line => new Row([new RowCell(0, 1, [line])], p.Location, null, true, p.Role)));
                    break;
                case Paragraph p when !string.IsNullOrWhiteSpace(p.Text):
                    var pieces = Unmarked(p.Text).SelectMany(SplitOnStrategyLabels).ToList();
                    foreach (var piece in pieces)
                    {
                        // Word label–tab–value lines ("Lugar:\tInstalaciones…") read like a two-cell row; a dot leader
                        // printed as dots ("META ..........231.1") is such a tab.
                        var parts = DotLeader().Replace(piece, "\t").Split('\t').Select(s => s.Trim()).ToList();
                        if (parts.Count(s => s.Length > 0) == 2 && ListMarker().IsMatch(parts.First(s => s.Length > 0)))
                        {
                            // "III.<tab>DESARROLLO DE LA SESIÓN": a list number and its text, not a label and its value.
                            parts = [string.Join(' ', parts.Where(s => s.Length > 0))];
                        }

                        var cells = parts.Count > 1 && parts.Count(s => s.Length > 0) > 1
                            ? parts.Where(s => s.Length > 0).Select((s, i) => new RowCell(i, 1, [s])).ToList()
                            : [new RowCell(0, 1, [string.Join(' ', parts.Where(s => s.Length > 0))])];
                        // The soft lines only describe a paragraph that stays one row of one cell.
                        var softLines = pieces.Count == 1 && cells.Count == 1 ? p.Lines : null;
                        rows.Add(new Row(cells, p.Location, null, true, p.Role, softLines));
                    }

                    break;
                case Table t:
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        var row = t.Rows[r];
                        var rowCells = row.Cells
                            .Where(c => !c.ContinuesAbove)
                            .Select(c => new RowCell(c.Column, Math.Max(1, c.ColumnSpan), c.Paragraphs.SelectMany(Unmarked).ToList(), c.Notes))
                            .ToList();
                        var location = t.Location with { Row = r, Page = row.Page ?? t.Location.Page };
                        if (NestedTableRubric.Expand(rowCells, location, t.Location.Block, t.SpansKnown) is { } nested)
                        {
                            rows.AddRange(nested);
                            continue;
                        }

                        rows.Add(new Row(rowCells, location, t.Location.Block, t.SpansKnown, ParagraphRole.Body));
                    }

                    break;
            }
        }

        return RubricTableSections.Split(ReferenceNotes.Resolve(TableOfContents.Without(PullQuotes.Join(ForumThread.Rewrite(TabAligned(rows))))));
    }

    /// <summary>
    /// A paragraph whose first soft line is a section heading and whose next lines are its content, one per soft line break
    /// (blind batch O, O1: a note typed on a phone, "Acuerdos:" ↵ "Uno. La Secretaría…" ↵ "Dos. …" in one paragraph): its
    /// lines as paragraphs of their own, as a PDF prints them; null for any other paragraph.
    /// </summary>
    private static IReadOnlyList<string>? HeadingOverSoftLines(Paragraph p)
    {
        if (p.Lines is not { Count: >= 2 } lines || p.Text.Contains('\t', StringComparison.Ordinal) || HtmlFragment.HasMarkup(p.Text))
        {
            return null;
        }

        var first = new Row([new RowCell(0, 1, [lines[0].Trim()])], p.Location, null, true, p.Role);
        return SectionDetector.Classify(first) is not null && lines.Skip(1).Any(l => l.Trim().Length > 0)
            ? lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList()
            : null;
    }

    /// <summary>
    /// Columns aligned with tabs instead of a table: a paragraph cut at its tabs into three cells or more
    /// ("Nombre⇥Cargo⇥Institución", "Meta⇥Indicador⇥Responsable⇥Informe") and the paragraphs right under it cut into
    /// two or more are rows of one table (its id the first paragraph's block), so header rows name their columns
    /// as in a Word table. Two-cell lines alone ("Lugar:⇥Sala de juntas") stay label | value paragraphs.
    /// </summary>
    private static List<Row> TabAligned(List<Row> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { Table: null } first || first.Cells.Count < 3)
            {
                continue;
            }

            var end = i + 1;
            while (end < rows.Count && rows[end] is { Table: null } next && next.Cells.Count >= 2)
            {
                end++;
            }

            if (end - i < 2)
            {
                continue;
            }

            for (var j = i; j < end; j++)
            {
                rows[j] = rows[j] with { Table = first.Location.Block, SoftLines = null };
            }

            i = end - 1;
        }

        return rows;
    }

    /// <summary>
    /// A dot leader between a short label and its value: "META ........231.1", "FECHA …… 07/03/2023", with the colon a typed
    /// form puts after it ("Lugar ........: Sala 3…", a fixed-width e-mail).
    /// </summary>
    [GeneratedRegex(@"(?<=^\s*[\p{L}¿?][^\t.…]{0,40}?)\s*(?:\.{4,}|…{2,}|(?:\.\s){4,})\s*(?::\s*)?(?=\S)")]
    private static partial Regex DotLeader();

    /// <summary>
    /// Text ending in a preposition or article: a label after it is the object of the phrase, no label of its own
    /// ("CUARTO. Seguimiento de la Estrategia 526: …" is one heading, "… el informe de la Meta: …" one sentence).
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:de|del|la|las|el|los|a|al|sobre|para|con|en)\s+$")]
    private static partial Regex ObjectOfPhrase();

    /// <summary>"SE –", "SE /", "Name (Body, A.C.) —": a speaker's short lead closed by a spaced dash or slash, no sentence before it (stops only in the body's parenthesis).</summary>
    [GeneratedRegex(@"^\s*\p{Lu}(?:[^.:;()/]|\([^():;]{1,80}\)){0,58}?\s[–—\-/]\s*$")]
    private static partial Regex DashedSpeaker();

    /// <summary>"Meta 508.1: …": a goal named, then a colon.</summary>
    [GeneratedRegex(@"^(?i:meta)\s+\d{3}\.\d{1,2}\s*:")]
    private static partial Regex GoalColon();

    /// <summary>"Strategy /": one word and the slash that pairs it with the label after it.</summary>
    [GeneratedRegex(@"^\s*\p{L}{2,20}\s*/\s*$")]
    private static partial Regex OtherLanguageWord();

    /// <summary>
    /// A list number or a typed bullet standing alone before a tab: "III.", "1.", "2)", "a)", "IV.-", "-", "•". Its numerals are
    /// not <see cref="ActaVocabulary.TypedNumeral"/>'s: a tab column numbers an outline past forty ("XLVIII.", "100.") in capitals,
    /// and a lower-case "ii." there is left to the text; the close is the shared one.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[IVXLC]{1,6}|\d{1,3}|[a-zA-Z])" + ActaVocabulary.TypedNumeralClose + "|" + ActaVocabulary.Bullet + ")$")]
    internal static partial Regex ListMarker();
}
