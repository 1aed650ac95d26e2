using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A stenographic version (<i>versión estenográfica</i>, blind batch D, BD1) writes the session as speaker turns,
/// "LA C. MTRA. LAURA BENÍTEZ ORTIZ, INFOCDMX.- Para esta meta informamos que…", under the goal data projected on
/// screen ("Meta 112.1. …", "Indicador: …", "Instancia ejecutora: INFOCDMX"). Inside a strategy block this rewrites
/// each turn as the labelled row the strategy reader knows:
/// <list type="bullet">
/// <item>the chair's turns (coordinador/a, moderador/a, presidente/a) give the floor and are dropped; when the chair says
/// the goal has no report ("Para la meta 112.2 no se recibió informe…", "…tampoco se recibió informe") the executor's
/// words that follow are not its report;</item>
/// <item>the first turn of the goal's executor (the institution after the speaker's name) is the INFORME;</item>
/// <item>every other turn is a remark: "Retroalimentación" (the Secretaría Ejecutiva, civil society), "Observaciones"
/// (the executor again).</item>
/// </list>
/// The speaker tag is not part of the text.
/// </summary>
public static partial class SpeakerTurns
{
    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows, InstitutionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var result = new List<Row>(rows.Count);
        var inStrategy = false;
        string? executor = null;
        var reported = false;
        var chairSaysNone = false;
        var observationsAsked = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (StrategySegmenter.Start(row) is not null || SectionDetector.Classify(row) is not null)
            {
                inStrategy = StrategySegmenter.Start(row) is not null;
                (executor, reported, chairSaysNone, observationsAsked) = (null, false, false, false);
                result.Add(row);
                continue;
            }

            if (row.IsSingle && StrategyLabels.Read(row.Text) is not null)
            {
                // "Meta 112.1. Se publican… Indicador: Número de… Instancia ejecutora: INFOCDMX" (a PDF that ran the goal card into
                // one paragraph, blind batch D, BD1): every label of the row counts, the executor's above all.
                foreach (var piece in RowStream.SplitOnFieldLabels(row))
                {
                    if (StrategyLabels.Read(piece.Text) is not { } label)
                    {
                        continue;
                    }

                    (executor, reported, chairSaysNone) = label.Field switch
                    {
                        StrategyField.Goal => (null, false, false),
                        StrategyField.Executor => (label.Rest, reported, chairSaysNone),
                        StrategyField.Report => (executor, true, chairSaysNone),
                        _ => (executor, reported, chairSaysNone),
                    };
                    observationsAsked &= label.Field != StrategyField.Goal;
                }

                result.Add(row);
                continue;
            }

            if (inStrategy && row.Table is null && !row.IsSingle && SpeakerTag.TurnSpeaker(row.NonEmpty.First().Text) is not null)
            {
                // "LA C. MTRA. LAURA BENÍTEZ ORTIZ, INFOCDMX.-⇥Se impartieron 12" (a justified line's wide gap read as a tab): one turn.
                row = row with { Cells = [new RowCell(0, 1, [row.Text])] };
            }

            if (!inStrategy || row.Table is not null || !row.IsSingle || SpeakerTag.TurnSpeaker(row.Text) is not { } speaker)
            {
                result.Add(row);
                continue;
            }

            while (i + 1 < rows.Count && Unfinished(SpeakerTag.Strip(row.Text)) && Continues(rows[i + 1]))
            {
                // "…INFOCDMX.- Se impartieron 12" ¶ "talleres presenciales de…" (a PDF that cut the turn after its first line, or at a
                // page break): a turn that stops mid-sentence goes on in the paragraph below.
                row = row with { Cells = [new RowCell(0, 1, [row.Text + " " + rows[++i].Text])] };
            }

            var text = SpeakerTag.Strip(row.Text);
            var folded = TextFold.Fold(text);
            if (Chair().IsMatch(speaker))
            {
                chairSaysNone |= NoReport().IsMatch(folded);
                observationsAsked = AsksForObservations().IsMatch(folded);
                if (AnnouncesFeedback().IsMatch(folded))
                {
                    // "LA C. COORDINADORA.- La retroalimentación de la Secretaría Ejecutiva para esta meta es la siguiente:" ¶ remark
                    // (blind batch P, P1): the chair reads the secretariat's remark out in the paragraphs after the announcement.
                    result.Add(row with { Cells = [new RowCell(0, 1, ["Retroalimentación:"])], Role = Layout.ParagraphRole.Body });
                }

                continue;
            }

            if (!reported && !chairSaysNone && AnnouncesReport().IsMatch(folded))
            {
                // "EL C. LIC. JORGE TREVIÑO SALAS.- Gracias, coordinadora. Doy lectura al informe de la meta:" ¶ report ¶ report
                // (blind batch P, P1): whoever was given the floor reads the report in the unlabelled paragraphs after the turn.
                reported = true;
                result.Add(row with { Cells = [new RowCell(0, 1, ["Informe:"])], Role = Layout.ParagraphRole.Body });
                continue;
            }

            var isExecutor = executor is not null && SameInstitution(speaker, executor, gazetteer);
            var labelled = isExecutor && !reported && !chairSaysNone ? "Informe: "
                : isExecutor || observationsAsked ? "Observaciones: " : "Retroalimentación: "; // "¿Alguna observación sobre esta meta?": the answers are observations
            reported |= isExecutor;
            result.Add(row with { Cells = [new RowCell(0, 1, [labelled + text])], Role = Layout.ParagraphRole.Body });
        }

        return result;
    }

    /// <summary>Whether a turn's words stop mid-sentence: some text, and no stop, colon, closing quote or parenthesis at its end.</summary>
    private static bool Unfinished(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && (char.IsLetterOrDigit(t[^1]) || t[^1] == ',');
    }

    /// <summary>Whether a row can be the rest of the turn above: one paragraph that is no turn, label, heading or strategy of its own.</summary>
    private static bool Continues(Row row) =>
        row.Table is null && row.IsSingle && SpeakerTag.TurnSpeaker(row.Text) is null && StrategyLabels.Read(row.Text) is null &&
        StrategySegmenter.Start(row) is null && SectionDetector.Classify(row) is null;

    /// <summary>"LA C. LIC. ARACELI DOMÍNGUEZ PAZ, SEDEREC" speaks for "SEDEREC"; "…, INFOCDMX" for "INFOCDMX – Dirección de Capacitación".</summary>
    private static bool SameInstitution(string speaker, string executor, InstitutionGazetteer gazetteer)
    {
        var comma = speaker.LastIndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        var institution = speaker[(comma + 1)..].Trim();
        var a = " " + TextFold.Key(institution) + " ";
        var b = " " + TextFold.Key(executor) + " ";
        if (a.Trim().Length == 0 || b.Trim().Length == 0)
        {
            return false;
        }

        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return true;
        }

        return gazetteer.KeyOf(institution) is { } key && key == gazetteer.KeyOf(executor);
    }

    /// <summary>A turn that ends announcing the report it reads next: "Doy lectura al informe de la meta:", "Les comparto el avance:" (folded).</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:informe|reporte|avance)s?(?![\p{L}])[^.?!]{0,60}:\s*$")]
    private static partial Regex AnnouncesReport();

    /// <summary>The chair announcing the secretariat's remark: "La retroalimentación de la Secretaría Ejecutiva … es la siguiente:" (folded).</summary>
    [GeneratedRegex(@"(?<![\p{L}])retroalimentacion(?![\p{L}])[^.?!]{0,100}:\s*$")]
    private static partial Regex AnnouncesFeedback();

    /// <summary>The chair asking for remarks: "¿Alguna observación sobre esta meta?", "¿Hay comentarios?" (folded).</summary>
    [GeneratedRegex(@"¿[^?]{0,40}(?<![\p{L}])(?:observacion|comentario)(?:es|s)?(?![\p{L}])[^?]{0,60}\?")]
    private static partial Regex AsksForObservations();

    [GeneratedRegex(@"COORDINADOR|MODERADOR|PRESIDENT|Coordinador|Moderador|President")]
    private static partial Regex Chair();

    /// <summary>The chair announcing there is nothing to review: "no se recibió informe", "tampoco se recibió informe", "no tenemos informe", "sin informe".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:no|tampoco|sin)\b[^.;]{0,40}?\b(?:informe|reporte|informacion)\b")]
    private static partial Regex NoReport();
}
