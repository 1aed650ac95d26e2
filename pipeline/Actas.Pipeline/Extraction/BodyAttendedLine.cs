using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// One body's people told in a sentence of their own under a sector's lead line (blind batch AC, AC1): "Por la Secretaría de
/// Desarrollo Económico asistieron: Lic. Héctor Salgado Mireles, Director de Fomento, y Lic. Gabriela Tinoco Ruiz, Jefa de
/// Unidad." The body is the words between "Por la/el/los/las" (or "De parte de") and the verb of attending; after it, people
/// parted by commas, "y"/"e" or semicolons, each name followed by its post ("Director de Fomento" reads as no person).
/// </summary>
public static partial class BodyAttendedLine
{
    /// <summary>The body and each person (title kept) of a "Por Body asistió: Name, post, y Name, post." line; null for any other line.</summary>
    public static (string Body, IReadOnlyList<string> People)? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.Trim();
        if (line.Length is < 12 or > 600 || !(line.StartsWith("Por ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("De parte ", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var folded = TextFold.Fold(line);
        if (folded.Length != line.Length || Lead().Match(folded) is not { Success: true } lead)
        {
            return null;
        }

        var bodyGroup = lead.Groups["body"];
        var body = line.Substring(bodyGroup.Index, bodyGroup.Length).Trim();
        if (PersonNames.LooksLikePerson(body) || SectorHeadings.Classify(body) is not null)
        {
            return null; // "Por las instancias ejecutoras asistieron: …" is a sector's run of people (RunOnAttendance)
        }

        var people = new List<string>();
        var list = line[(lead.Index + lead.Length)..].Trim().TrimEnd('.', ';').Trim();
        foreach (var raw in Separator().Split(list))
        {
            var piece = raw.Trim();
            if (piece.Length == 0)
            {
                continue;
            }

            if (PersonNames.LooksLikePerson(piece) && !PersonThenPost.IsPost(PersonNames.WithoutTitle(piece)))
            {
                people.Add(piece);
            }
            else if (people.Count == 0)
            {
                return null; // the words after the verb open with no person
            }
        }

        return people.Count > 0 ? (body, people) : null;
    }

    // "por la <body> asistieron:", "por el <body> asistio", "de parte de la <body> acudieron:" (folded text).
    [GeneratedRegex(@"^(?:por|de\s+parte\s+de)\s+(?:parte\s+de\s+)?(?:(?:la|las|los|el)\s+)?(?<body>[^:;]{3,200}?)\s+(?:asistieron|asistio|acudieron|acudio|participaron|participo|estuvieron\s+presentes|estuvo\s+presente|se\s+presentaron|se\s+presento)\s*(?::\s*|\s+(?=\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    // People and their posts part at commas and semicolons; a person after the last comma opens with "y"/"e", or with "y"/"e"
    // and a title (ActaVocabulary.TitleAbbreviation) without a comma.
    [GeneratedRegex(@"\s*[,;]\s*(?:(?:y|e)\s+)?|\s+(?:y|e)\s+(?=" + ActaVocabulary.TitleAbbreviation + @"\.\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
