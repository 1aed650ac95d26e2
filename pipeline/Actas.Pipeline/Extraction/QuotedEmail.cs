using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A report pasted as the e-mail that carried it, read paragraph by paragraph: the header lines ("De: … [mailto:…]",
/// "Enviado el: …", "Para: …", "Asunto: Informe meta 152.1"), the salutation ("Buen día:"), the line that announces the
/// report ("Les comparto el avance de la meta 152.1 para la sesión del miércoles.") and, from the closing ("Saludos
/// cordiales.") on, the signature are the e-mail's, not the report's (blind batch P, P6). Text that does not open with a
/// sender line ("De:", "From:") or a forwarded-message rule is kept whole. One instance per report label.
/// </summary>
internal sealed partial class QuotedEmail
{
    private enum Part { None, Header, Opening, Body, Signature }

    private Part _part = Part.None;

    /// <summary>Whether <paramref name="paragraph"/>, the next paragraph under the report label, is part of the report.</summary>
    public bool Keeps(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim();
        if (_part is Part.None or Part.Signature && OpensEmail(text))
        {
            _part = Part.Header;
            return false;
        }

        switch (_part)
        {
            case Part.Header when IsHeaderLine(text):
                return false;
            case Part.Header:
                _part = Part.Opening;
                return Keeps(paragraph);
            case Part.Opening when IsShort(text) && ActaVocabulary.EmailGreeting.IsWhole(text):
                return false;
            case Part.Opening:
                _part = Part.Body;
                // The announcing line says what follows; one that carries a figure of its own is the report.
                return !(ActaVocabulary.EmailCoverLine.IsWhole(text) && !Digits().IsMatch(GoalId().Replace(text, "")));
            case Part.Body when IsShort(text) && ActaVocabulary.EmailClosing.IsWhole(text):
                _part = Part.Signature;
                return false;
            case Part.Signature:
                return false;
            default:
                return true;
        }
    }

    private static bool OpensEmail(string text)
    {
        if (ForwardRule().IsMatch(text))
        {
            return true;
        }

        var folded = TextFold.Fold(text);
        var length = folded.Length == text.Length ? ActaVocabulary.EmailSenderLabel.PrefixLength(folded) : 0;
        return length > 0 && LabelColon().Match(text, length) is { Success: true } colon &&
               (text.Contains('@', StringComparison.Ordinal) || Words(text[(length + colon.Length)..]) <= 8);
    }

    private static bool IsHeaderLine(string text)
    {
        var folded = TextFold.Fold(text);
        var length = folded.Length == text.Length ? ActaVocabulary.EmailHeaderLabel.PrefixLength(folded) : 0;
        return length > 0 && LabelColon().IsMatch(text, length);
    }

    private static bool IsShort(string text) => Words(text) <= 8 && !Digits().IsMatch(text);

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\G\s*:")]
    private static partial Regex LabelColon();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b\d{1,3}\.\d{1,2}\b")]
    private static partial Regex GoalId();

    /// <summary>"-----Mensaje original-----", "---------- Forwarded message ---------".</summary>
    [GeneratedRegex(@"^[-_]{2,}\s*(?:mensaje\s+original|mensaje\s+reenviado|original\s+message|forwarded\s+message)\s*[-_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardRule();
}
