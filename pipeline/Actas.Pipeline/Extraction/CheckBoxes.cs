using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A form's check boxes written as text, the marks declared once: a ticked box ☒ ☑ ✓ ✔ ■ ▣ or a typed "(X)", "[ x ]"; an
/// unticked one ☐ □ ▢ or a typed "( )", "[  ]". Word's check box content controls (<c>w14:checkbox</c>) reach the layout as
/// their glyph, and so do the same boxes printed to PDF or saved as RTF. A ticked box's option is the value, an unticked
/// option is not (blind batch V, V6: "Sesión | 11 ☒ Ordinaria ☐ Extraordinaria", "Asistió | ☐ Sí ☒ No", one ☒ among the
/// sector columns "IE | OSC | Otra | SE").
/// </summary>
public static partial class CheckBoxes
{
    /// <summary>The glyphs of a box, ticked or not: a cheap test before the pattern runs.</summary>
    private const string Glyphs = "☒☑✓✔■▣☐□▢";

    /// <summary>One choice: the option's words as written and whether its box is ticked.</summary>
    public sealed record Choice(string Option, bool Ticked);

    /// <summary>A text's choices, and its words outside them ("11" of "11 ☒ Ordinaria ☐ Extraordinaria"; empty when none).</summary>
    public sealed record Options(IReadOnlyList<Choice> Choices, string Outside);

    /// <summary>The marks of <paramref name="text"/>, ticked ones in group "on", unticked in "off".</summary>
    public static MatchCollection Marks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Mark().Matches(text);
    }

    /// <summary>True when <paramref name="text"/> holds a box's glyph (a typed "( )" is not looked for: too common in prose).</summary>
    public static bool HasGlyph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(Glyphs) >= 0;
    }

    /// <summary>A cell that is one box alone: true ticked, false unticked, null anything else.</summary>
    public static bool? Alone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Mark().Match(text.Trim()) is { Success: true } m && m.Length == text.Trim().Length ? m.Groups["on"].Success : null;
    }

    /// <summary>
    /// The options of <paramref name="text"/> with their boxes, and the words outside them ("11 ☒ Ordinaria ☐ Extraordinaria" →
    /// rest "11"; Ordinaria ticked, Extraordinaria not). When the text opens with its words and a box follows (marks before
    /// their options: "11 ☒ Ordinaria"), the words before the first box are the rest; when the last mark closes the text
    /// ("SÍ ( X ) NO ( )"), marks follow their options. Null when the text holds no mark.
    /// </summary>
    public static Options? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = Mark().Matches(text);
        if (marks.Count == 0)
        {
            return null;
        }

        var after = text[(marks[^1].Index + marks[^1].Length)..].Trim().Length == 0 && text[..marks[0].Index].Trim().Length > 0;
        var choices = new List<Choice>();
        for (var i = 0; i < marks.Count; i++)
        {
            var option = after
                ? text[(i > 0 ? marks[i - 1].Index + marks[i - 1].Length : 0)..marks[i].Index]
                : text[(marks[i].Index + marks[i].Length)..(i + 1 < marks.Count ? marks[i + 1].Index : text.Length)];
            choices.Add(new Choice(option.Trim(), marks[i].Groups["on"].Success));
        }

        var rest = after ? "" : text[..marks[0].Index].Trim();
        return new Options(choices, rest);
    }

    /// <summary>
    /// The one ticked option of <paramref name="text"/> ("☐ Sí ☒ No" → "No"); a text without boxes as written; null when no box
    /// or several are ticked, or the ticked box has no words.
    /// </summary>
    public static string? Ticked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Read(text) is not { } read)
        {
            return text.Trim() is { Length: > 0 } plain ? plain : null;
        }

        var ticked = read.Choices.Where(c => c.Ticked).ToList();
        return ticked.Count == 1 && ticked[0].Option.Length > 0 ? ticked[0].Option : null;
    }

    [GeneratedRegex(@"(?<on>[☒☑✓✔■▣]|[(\[]\s*[xX✓✔]\s*[)\]])|(?<off>[☐□▢]|[(\[]\s*[)\]])")]
    private static partial Regex Mark();
}
