using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A display name of a video call's participants report (Zoom, Meet, Teams), typed by each person as they liked:
/// "Laura Ibáñez Soto - SEDESA", "Mtra. Karen Mireles Ochoa (AEFCM)", "Óscar Ledesma Prieto / Colectivo TEA Adultos",
/// "Mariana Olvera Luna - SE PDHCDMX (Anfitrión)". The person before a dash, slash or bar or before a closing
/// parenthesis, the body after it; the call's role mark (<see cref="ActaVocabulary.CallRoleMark"/>) is dropped.
/// </summary>
public static partial class CallParticipant
{
    /// <summary>The person and the body a display name holds; the body null when it names a person alone; null when it names no person.</summary>
    public static (string Person, string? Institution)? Read(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var text = WithoutRoleMarks(displayName.Trim());
        var parenthesised = ClosingParentheses().Match(text);
        if (parenthesised.Success && Person(text[..parenthesised.Index]) is { } before)
        {
            return (before, parenthesised.Groups["body"].Value.Trim());
        }

        var separator = Separator().Match(text);
        if (separator.Success && Person(text[..separator.Index]) is { } person && text[(separator.Index + separator.Length)..].Trim() is { Length: > 1 } body)
        {
            return (person, body);
        }

        return Person(text) is { } alone ? (alone, null) : null;
    }

    /// <summary>The display name without the role marks after it: "Name - Body (Anfitrión)" → "Name - Body".</summary>
    public static string WithoutRoleMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text.Trim();
        while (ClosingParentheses().Match(result) is { Success: true } mark && ActaVocabulary.CallRoleMark.IsWhole(TextFold.Fold(mark.Groups["body"].Value.Trim())))
        {
            result = result[..mark.Index].TrimEnd();
        }

        return result;
    }

    private static string? Person(string text)
    {
        var name = text.Trim();
        return PersonNames.LooksLikePerson(name) ? PersonNames.WithoutTitle(name) : null;
    }

    [GeneratedRegex(@"\s*\((?<body>[^()]+)\)\s*$")]
    private static partial Regex ClosingParentheses();

    /// <summary>The first dash, slash or bar between spaces (a hyphen inside a surname, "Ruiz-Esparza", is none).</summary>
    [GeneratedRegex(@"\s+[-–—/|]\s+")]
    private static partial Regex Separator();
}
