using System.Text;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Collapses runs of whitespace (spaces, NBSP, line breaks, zero-width spaces) into one space and
/// trims, keeping tabs as single separators: "Lugar:  \t\t Instalaciones" → "Lugar:\tInstalaciones".
/// Accents and other characters are left as they are.
/// </summary>
public static class WhitespaceCollapser
{
    /// <summary>Collapses whitespace; a tab survives as one '\t' between non-empty parts, never at an end.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingTab = false;
        foreach (var c in text)
        {
            if (c == '\t')
            {
                pendingTab = true;
            }
            else if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                pendingSpace |= c != '\u00AD';
            }
            else
            {
                if (builder.Length > 0 && (pendingTab || pendingSpace))
                {
                    builder.Append(pendingTab ? '\t' : ' ');
                }

                pendingSpace = false;
                pendingTab = false;
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
