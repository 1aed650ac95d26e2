using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>The session's place as a header gives it: over a PDF's line break, without a note that points at a link.</summary>
public static partial class SessionPlace
{
    /// <summary>
    /// Whether the line after a place finishes it, as a PDF breaks a long "Lugar:" line: the place stops on a comma, an
    /// article, a preposition or an address word ("…, colonia" ¶ "Tránsito", "Videoconferencia por la" ¶ "plataforma Zoom"), or
    /// the next line starts with a number or in lower case ("General Prim" ¶ "10, colonia Centro"); the next line is short,
    /// one cell, and no label of its own.
    /// </summary>
    public static bool GoesOn(string place, Row next)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(next);
        var text = next.Text.Trim();
        if (!next.IsSingle || next.Role == Layout.ParagraphRole.Heading || text.Length is 0 or > 100 || SessionHeaderExtractor.SplitLabel(next).Label is not null ||
            (text.IndexOf(':', StringComparison.Ordinal) is >= 0 and < 45) || SpanishDateParser.FindFirst(text) is not null ||
            OutlineNumber().IsMatch(text))
        {
            return false;
        }

        return place.TrimEnd().EndsWith(',') || OpenPlaceEnd().IsMatch(TextFold.Fold(place.TrimEnd())) || char.IsDigit(text[0]) || char.IsLower(text[0]);
    }

    /// <summary>
    /// A place read from inside a header line (a dateline's venue after its date and hour) with the line below it when that
    /// line finishes it, as <see cref="GoesOn"/> tells: "Ciudad de México, 6 de febrero de 2020 | 16:00 a 18:00 h | Hospital
    /// Psiquiátrico Fray" ¶ "Bernardino Álvarez, aula 4". The place stays as it is when no line ends with it.
    /// </summary>
    public static string ContinuedBelow(string place, IReadOnlyList<Row> header)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(header);
        for (var k = 0; k + 1 < header.Count; k++)
        {
            if (header[k].Text.TrimEnd().EndsWith(place.TrimEnd(), StringComparison.Ordinal))
            {
                return GoesOn(place, header[k + 1]) ? place + " " + header[k + 1].Text.Trim() : place;
            }
        }

        return place;
    }

    /// <summary>A line that is only an outline's number ("1.3.", "2.", "IV."): the next point of a numbered minuta, no address.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)$")]
    private static partial Regex OutlineNumber();

    // A title that opens a person's or a saint's name never ends a place: "…, Fray" ¶ "Servando 77", "Hospital Psiquiátrico Fray" ¶
    // "Bernardino Álvarez" (blind batches X, X1 and H, a PDF's line break inside a street's or a hospital's name).
    [GeneratedRegex(@"\b(?:de|del|la|las|el|los|por|en|y|a|al|con|colonia|col\.|num\.|no\.|numero|calle|avenida|av\.|esquina|entre|piso|alcaldia|delegacion|fray|sor|san|santa|santo|don|dona|general|gral\.|lic\.|licenciado|ing\.|ingeniero|dr\.|doctor)$")]
    private static partial Regex OpenPlaceEnd();

    /// <summary>"Reunión virtual a través de la plataforma Zoom (liga de acceso)" (BC3): the link, or the meeting's ID, is no part of the place.</summary>
    public static string WithoutLinkNote(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return LinkNote().Match(place) is { Success: true, Index: > 0 } link ? place[..link.Index] : place;
    }

    /// <summary>
    /// A closing parenthesis that only points at a link: "(liga de acceso)", "(enlace en la convocatoria)", "(link: https://…)",
    /// or gives the call's access details: "(ID de reunión 845 2290 1173)", "(Meeting ID: …)", "(código de acceso: …)"; and the
    /// next labelled header line a PDF ran into it ("… (ID de reunión …) Coordinación: Name, role").
    /// </summary>
    [GeneratedRegex(@"\s*\((?:liga|link|enlace|url|hiperv[ií]nculo|v[ií]nculo|id|meeting\s+id|identificador|n[uú]mero\s+de\s+(?:la\s+)?(?:reuni[oó]n|sesi[oó]n)|c[oó]digo\s+de\s+acceso|contrase[nñ]a|clave\s+de\s+acceso|passcode)\b[^()]*\)(?:\s+\p{Lu}[\p{L} ]{2,30}:\s.*)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkNote();
}
