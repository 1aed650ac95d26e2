using Actas.Pipeline.Extraction.Vocabulary;
using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Those present named in one sentence of the minutes, with no sector anywhere (blind batch U, U4, the minutes sent as an
/// official letter): "Asistieron a la sesión: Arq. A, Director de…, de la Secretaría de Desarrollo Urbano y Vivienda; Lic. B,
/// Coordinadora…, del Instituto…; …, y la suscrita, Lic. C, Subdirectora…, de la Secretaría Ejecutiva…". People part at
/// semicolons; each is "[título] Name, post, de la Body": the body is what follows the first ", de la" / ", del" / ", de"
/// before a capital ("…, de la Defensa Colectiva de la Colonia Roma, A.C." keeps its ", A.C."). The writer who names
/// themself ("la suscrita", "el suscrito") is one of those present. The gazetteer or the body's name gives the sector.
/// </summary>
public static partial class AttendedSentence
{
    /// <summary>Each person of the first paragraph that tells who attended, with their body; empty when none does.</summary>
    public static IReadOnlyList<(string Name, string? Institution, SourceLocation Location)> Read(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows.Where(r => r.Table is null && r.IsSingle))
        {
            var text = row.Text;
            if (!text.Contains(':', StringComparison.Ordinal) || Opening().Match(text) is not { Success: true } opening)
            {
                continue;
            }

            var list = text[(opening.Index + opening.Length)..];
            if (PresentList.SentenceEnd().Match(list) is { Success: true } end)
            {
                list = list[..end.Index];
            }

            list = list.Trim();
            if (list.EndsWith('.') && !Abbreviation().IsMatch(list))
            {
                list = list[..^1];
            }

            var people = new List<(string, string?, SourceLocation)>();
            foreach (var part in NextPerson().Split(list).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                var person = Writer().Replace(part, "").Trim();
                var comma = person.IndexOf(',', StringComparison.Ordinal);
                var name = PersonNames.WithoutTitle((comma < 0 ? person : person[..comma]).Trim());
                if (!PersonNames.LooksLikePerson(name))
                {
                    continue;
                }

                string? body = null;
                if (comma >= 0 && BodyAfterPost().Match(person, comma) is { Success: true } of)
                {
                    body = person[(of.Index + of.Length)..].Trim();
                }

                people.Add((name, body, row.Location));
            }

            if (people.Count >= 2)
            {
                return people;
            }
        }

        return [];
    }

    /// <summary>"Asistieron a la sesión:", "Participaron en la reunión:", "Estuvieron presentes:".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:asistieron|participaron|estuvieron\s+presentes)(?:\s+(?:a|en)\s+(?:la|esta)\s+(?:sesi[oó]n|reuni[oó]n))?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>A semicolon, or ", y " before the writer ("la suscrita") or a title ("Lic."): where the next person begins.</summary>
    [GeneratedRegex(@";|,\s+(?:y|e)\s+(?=(?:la|el)\s+(?:suscrit[ao]|que\s+suscribe)\b|" + ActaVocabulary.TitleAbbreviation + @"\.\s)")]
    private static partial Regex NextPerson();

    /// <summary>An abbreviation closing the list: "A.C.", "S.C.".</summary>
    [GeneratedRegex(@"(?:(?<!\p{L})\p{Lu}\.){2,}$")]
    private static partial Regex Abbreviation();

    /// <summary>"y la suscrita, ", "y el suscrito ", "y ": the joining word and the writer naming themself.</summary>
    [GeneratedRegex(@"^(?:y\s+|e\s+)?(?:(?:la|el)\s+(?:suscrita|suscrito|que\s+suscribe)\s*,?\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Writer();

    /// <summary>", de la ", ", del ", ", de " before a capital: the body after the post.</summary>
    [GeneratedRegex(@",\s*(?:de\s+la|de\s+los|de\s+las|del|de)\s+(?=\p{Lu})")]
    private static partial Regex BodyAfterPost();
}
