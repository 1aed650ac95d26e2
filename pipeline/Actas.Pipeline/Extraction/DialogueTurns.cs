using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Minutes written as questions and answers, whose letters a legend declares once (blind batch W, W2: "La minuta recoge el
/// diálogo en formato de preguntas y respuestas. P: pregunta; R: respuesta; C: comentario."), then turns "P. Coordinación:
/// ¿Qué informa …?", "R. Secretaría de Salud: Se aplicaron…", "C. Name (Institution): …". Without such a legend a letter
/// before a name is an honorific ("C. Tomás Iribarren") and nothing is rewritten. With it, inside a strategy block:
/// <list type="bullet">
/// <item>a question asks for content and is none: dropped;</item>
/// <item>an answer is the goal's report ("Informe: …"; "Sin informe." says there is none);</item>
/// <item>a comment is a remark: the secretariat's is feedback ("Retroalimentación: …"), anybody else's an observation.</item>
/// </list>
/// The letter and who spoke are no part of the text.
/// </summary>
public static partial class DialogueTurns
{
    private enum Role
    {
        Question,
        Answer,
        Remark,
    }

    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Dictionary<string, Role>? roles = null;
        List<Row>? result = null;
        var inStrategy = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (roles is null)
            {
                if (row is { Table: null, IsSingle: true } && Legend(row.Text) is { } declared)
                {
                    roles = declared;
                    result = [.. rows.Take(i)]; // the legend is no content either
                }

                continue;
            }

            if (StrategySegmenter.Start(row) is not null || SectionDetector.Classify(row) is not null)
            {
                inStrategy = StrategySegmenter.Start(row) is not null;
                result!.Add(row);
                continue;
            }

            if (!inStrategy || row is not { Table: null, IsSingle: true } || Turn().Match(row.Text) is not { Success: true } turn ||
                !roles.TryGetValue(turn.Groups["mark"].Value, out var role))
            {
                result!.Add(row);
                continue;
            }

            var said = turn.Groups["said"].Value.Trim();
            var labelled = role switch
            {
                Role.Question => null,
                Role.Answer => "Informe: " + said,
                _ => (ActaVocabulary.SecretariatSector.IsWhole(Article().Replace(turn.Groups["who"].Value.Trim(), "")) ? "Retroalimentación: " : "Observaciones: ") + said,
            };
            if (labelled is not null)
            {
                result!.Add(row with { Cells = [new RowCell(0, 1, [labelled])], SoftLines = null });
            }
        }

        return result ?? rows;
    }

    /// <summary>
    /// The letters a legend declares, each with its role, when it declares at least a question or an answer and a comment
    /// ("P: pregunta; R: respuesta; C: comentario"), or null for any other line.
    /// </summary>
    private static Dictionary<string, Role>? Legend(string text)
    {
        if (text.Length > 400 || !text.Contains(':', StringComparison.Ordinal) && !text.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (Match m in LegendEntry().Matches(text))
        {
            var word = m.Groups["word"].Value;
            Role? role = ActaVocabulary.DialogueQuestion.IsWhole(word) ? Role.Question
                : ActaVocabulary.DialogueAnswer.IsWhole(word) ? Role.Answer
                : ActaVocabulary.DialogueRemark.IsWhole(word) ? Role.Remark
                : null;
            if (role is { } r)
            {
                roles[m.Groups["mark"].Value] = r;
            }
        }

        return roles.Count >= 2 && roles.ContainsValue(Role.Remark) && (roles.ContainsValue(Role.Answer) || roles.ContainsValue(Role.Question)) ? roles : null;
    }

    /// <summary>"P: pregunta", "R = respuesta", "C – comentario": a capital letter or two, a mark, the role's word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<mark>\p{Lu}{1,2})\s*[:=–—]\s*(?<word>\p{L}+)(?![\p{L}])")]
    private static partial Regex LegendEntry();

    /// <summary>"R. Secretaría de Salud: text", "C: Name (Institution): text": the letter, who spoke, a colon, what was said.</summary>
    [GeneratedRegex(@"^\s*(?<mark>\p{Lu}{1,2})\s*[.:)]\s+(?<who>\p{Lu}[^:]{1,200}?)\s*:\s+(?<said>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex Turn();

    [GeneratedRegex(@"^(?:[Ll]a|[Ee]l|LA|EL)\s+")]
    private static partial Regex Article();
}
