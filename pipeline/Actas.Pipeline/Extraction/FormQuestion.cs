using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// The label of an online form's question, as a survey's "print answers" page shows it (Pregunta | Respuesta):
/// "G1Q04 Fecha de la sesión (dd/mm/aaaa):" is the label "Fecha de la sesión". The question code in front (capitals
/// and digits, "G1Q04", "E1M2Q5", "G2Q01_SQ03_2") and the answer format in brackets at the end belong to the form.
/// </summary>
public static partial class FormQuestion
{
    /// <summary>The label without its question code and answer-format hint; the text itself when it has neither.</summary>
    public static string Label(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FormatHint().Replace(QuestionCode().Replace(text, ""), "");
    }

    /// <summary>True when the text starts with a question code ("G1Q04 …", "E1M2Q5 …").</summary>
    public static bool HasCode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return QuestionCode().IsMatch(text);
    }

    [GeneratedRegex(@"^\s*[A-Z]+[0-9][A-Z0-9_]*\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionCode();

    [GeneratedRegex(@"\s*\([^()]{1,30}\)\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FormatHint();
}
