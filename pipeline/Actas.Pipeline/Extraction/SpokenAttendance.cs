using Actas.Pipeline.Extraction.Vocabulary;
using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Who came, told in sentences instead of a list (blind batch O, O1, a note dictated on a phone): "Por gobierno llegaron
/// Laura Méndez y Pedro Aguilar de la Secretaría de Salud, Dulce Cortés del DIF Ciudad de México y Karen Ruelas del
/// INJUVE.", "También vino Jimena Rosas del IMSS.", "De sociedad civil estuvieron …", "Por la Secretaría Ejecutiva, Ramón
/// Ibarra, que hace esta nota." A sentence names its sector before a verb of attending (or before a comma), then its people,
/// each followed by "de la" / "del" and the body; people written together share the body after the last of them.
/// </summary>
public static partial class SpokenAttendance
{
    /// <summary>One sentence's people: the sector its lead names (null when it names none), the lead, and each person with their body.</summary>
    public sealed record Group(Sector? Sector, string Lead, IReadOnlyList<(string Name, string? Institution)> People);

    /// <param name="text">A paragraph.</param>
    /// <param name="isBody">Whether a text is a known body's name: "Secretaría de Inclusión" + " y Bienestar Social" stays one body.</param>
    public static IReadOnlyList<Group> Read(string text, Func<string, bool> isBody)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isBody);
        var groups = new List<Group>();
        foreach (var sentence in PresentList.SentenceEnd().Split(text).Select(s => s.Trim().TrimEnd('.').Trim()).Where(s => s.Length > 0))
        {
            var folded = TextFold.Fold(sentence);
            if (folded.Length != sentence.Length)
            {
                continue;
            }

            string lead, list;
            if (Attended().Match(folded) is { Success: true } attended)
            {
                lead = sentence[..attended.Groups["lead"].Length].Trim().TrimEnd(',');
                list = sentence[(attended.Index + attended.Length)..];
            }
            else if (LeadComma().Match(folded) is { Success: true } comma && SectorOf(sentence[..comma.Groups["lead"].Length]) is not null)
            {
                lead = sentence[..comma.Groups["lead"].Length];
                list = sentence[(comma.Index + comma.Length)..];
            }
            else
            {
                continue;
            }

            if (lead.Length == 0 && SectorLed(list) is not null)
            {
                // "Estuvieron presentes por las instancias ejecutoras A de la X y B de la Y; como otra instancia C de la Z; por la
                // sociedad civil …" (blind batch K, K3, minutes dictated to a phone): one sentence, each sector's people after
                // its phrase, no comma between them, the sectors parted by semicolons.
                Sector? sector = null;
                var sectorLead = "";
                foreach (var piece in list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var rest = piece;
                    if (SectorLed(piece) is { } led)
                    {
                        (sector, sectorLead, rest) = led;
                    }

                    var those = People(RelativeClause().Replace(rest, ""), isBody);
                    if (those.Count > 0)
                    {
                        groups.Add(new Group(sector, sectorLead, those));
                    }
                }

                continue;
            }

            var people = People(RelativeClause().Replace(list, ""), isBody);
            if (people.Count > 0)
            {
                groups.Add(new Group(lead.Length == 0 ? null : SectorOf(lead), lead, people));
            }
        }

        return groups;
    }

    /// <summary>
    /// "por la sociedad civil Fernando Salgado…" → civil society, the lead and the people after it: the fewest words after
    /// "por"/"como"/"de" that name a sector with a capital right after them.
    /// </summary>
    private static (Sector Sector, string Lead, string People)? SectorLed(string piece)
    {
        var words = piece.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || TextFold.Fold(words[0]).ToLowerInvariant() is not ("por" or "como" or "de" or "desde" or "y"))
        {
            return null;
        }

        var skip = TextFold.Fold(words[0]).Equals("y", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        for (var k = skip + 2; k <= Math.Min(words.Length - 1, skip + 8); k++)
        {
            // "por las organizaciones" names a sector, but "de la sociedad civil" goes on naming it: the people start at a capital.
            var lead = string.Join(' ', words[skip..k]);
            if (char.IsUpper(words[k][0]) && SectorOf(lead) is { } sector)
            {
                return (sector, lead, string.Join(' ', words[k..]));
            }
        }

        return null;
    }

    /// <summary>"Por gobierno" → executors, "De sociedad civil" → civil society, "Por la Secretaría Ejecutiva" → the secretariat.</summary>
    private static Sector? SectorOf(string lead)
    {
        var words = ByWhom().Replace(TextFold.Fold(lead.Trim()), "");
        return words.Length == 0 ? null : SectorHeadings.Classify(words);
    }

    private static List<(string Name, string? Institution)> People(string list, Func<string, bool> isBody)
    {
        var people = new List<(string Name, string? Institution)>();
        var pending = new List<string>();
        var shared = 0;
        var parts = Separator().Split(list.Trim());
        // Split keeps the separators (captured): text, separator, text, …
        for (var k = 0; k < parts.Length; k += 2)
        {
            var chunk = parts[k].Trim();
            var separator = k > 0 ? parts[k - 1] : "";
            if (chunk.Length == 0)
            {
                continue;
            }

            var glued = pending.Count == 0 && people.Count > 0 && people[^1].Institution is { } last &&
                        ((isBody(last + separator + chunk) && PersonAndBody(chunk) is null) || (separator.Trim() == "," && LegalForm().IsMatch(chunk)) ||
                         (separator.Trim() is "y" or "e" && PersonAndBody(chunk) is null && !PersonNames.LooksLikePerson(chunk)));
            if (glued)
            {
                // "… de la Secretaría de Inclusión" + " y Bienestar Social": the body goes on, for everyone who shares it.
                var body = people[^1].Institution + separator + chunk;
                for (var j = shared; j < people.Count; j++)
                {
                    people[j] = (people[j].Name, body);
                }

                continue;
            }

            if (PersonAndBody(chunk) is { } found)
            {
                shared = people.Count;
                people.AddRange(pending.Select(n => (n, (string?)found.Body)));
                pending.Clear();
                people.Add((found.Name, found.Body));
            }
            else if (PersonNames.LooksLikePerson(chunk))
            {
                pending.Add(chunk);
            }
            else
            {
                return []; // not a list of people
            }
        }

        people.AddRange(pending.Select(n => (n, (string?)null)));
        return people;
    }

    /// <summary>"Dulce María Cortés Lara del DIF Ciudad de México" → the name and the body, at the first "de la"/"del" a person's name stands before.</summary>
    private static (string Name, string Body)? PersonAndBody(string chunk)
    {
        foreach (Match m in Of().Matches(chunk))
        {
            var name = chunk[..m.Index].Trim();
            var body = chunk[(m.Index + m.Length)..].Trim();
            if (body.Length > 1 && char.IsUpper(body[0]) && PersonNames.LooksLikePerson(name))
            {
                return (name, body);
            }
        }

        return null;
    }

    /// <summary>The lead (a sector or "también"), then a verb of attending (folded): "por gobierno llegaron ", "tambien vino ".</summary>
    [GeneratedRegex(@"^(?<lead>(?:(?:por|de|desde)\s+[^,]{2,60}?|tambien|ademas|asimismo)?)\s*,?\s*(?:(?:tambien|ademas|asimismo)\s+)?(?:llegaron|llego|vinieron|vino|estuvieron|estuvo|asistieron|asistio|acudieron|acudio|participaron|participo|se conectaron|se conecto|nos acompanaron|nos acompano)(?:\s+(?:presentes|en linea|por zoom))?\s+(?=\p{L})")]
    private static partial Regex Attended();

    /// <summary>"Por la Secretaría Ejecutiva, " (folded): a lead closed by a comma, no verb.</summary>
    [GeneratedRegex(@"^(?<lead>(?:por|de|desde)\s+[^,]{2,60}?),\s+")]
    private static partial Regex LeadComma();

    [GeneratedRegex(@"^(?:(?:por|de|desde)\s+(?:parte\s+de\s+)?)?(?:(?:la|las|los|el)\s+)?")]
    private static partial Regex ByWhom();

    /// <summary>"A.C.", "I.A.P.", "S.C.", "A.B.P.": a civil body's legal form, the end of its name after a comma.</summary>
    [GeneratedRegex(@"^(?:A\.\s?C|I\.\s?A\.\s?P|S\.\s?C|A\.\s?B\.\s?P|S\.\s?A)\.?$")]
    private static partial Regex LegalForm();

    [GeneratedRegex(@",\s+(?:que|quien|quienes)\s.*$")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"(,\s+|\s+[ye]\s+)")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+(?:de\s+la|de\s+las|de\s+los|del|de)\s+")]
    private static partial Regex Of();
}
