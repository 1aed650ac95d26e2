using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A printed form filled in on the computer keeps the underscores of its blanks around what was typed over them
/// ("Fecha (dd/mm/aaaa): __12/09/2023__Hora de inicio: __10:00__", blind batch N, N6): the blank is no text, so a
/// run of two or more underscores reads as a space, and a line that is only a blank reads as empty.
/// </summary>
public static partial class FormBlanks
{
    /// <summary>"Sesión número: __2__Tipo de sesión:" → "Sesión número: 2 Tipo de sesión:".</summary>
    public static string Clear(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !text.Contains("__", StringComparison.Ordinal) ? text : Collapse().Replace(Blank().Replace(text, " "), " ").Trim();
    }

    /// <summary>The row with every paragraph cleared of blanks.</summary>
    public static Row Clear(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !row.Cells.Any(c => c.Paragraphs.Any(p => p.Contains("__", StringComparison.Ordinal))) ? row
            : row with { Cells = row.Cells.Select(c => c with { Paragraphs = c.Paragraphs.Select(Clear).ToList() }).ToList() };
    }

    /// <summary>
    /// A field still showing its form's prompt ("Haga clic aquí para escribir texto.", <see cref="ActaVocabulary.FormPlaceholder"/>):
    /// an empty value, as a blank is. Only short texts that hold a prompt's word are compared.
    /// </summary>
    public static bool IsPlaceholder(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 70 && PromptWord().IsMatch(text) && ActaVocabulary.FormPlaceholder.IsWhole(text);
    }

    [GeneratedRegex(@"(?i)cli(?:c|ck)|aqu[ií]|elemento|item")]
    private static partial Regex PromptWord();

    [GeneratedRegex(@"_{2,}")]
    private static partial Regex Blank();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex Collapse();
}
