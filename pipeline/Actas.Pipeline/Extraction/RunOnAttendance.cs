using System.Text;
using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// People written in one run after a sector label, in a paragraph or in the cell beside the label:
/// <code>Por las instancias ejecutoras: Mtra. Laura Benítez Ortiz (INFOCDMX), Ing. Rodrigo Alcántara Mejía (Oficialía Mayor) y Mtro. Samuel Ortega Lira (COPRED).</code>
/// (blind batch D, BD1; batch F, BF1: "Sociedad civil | Daniela Ortiz Saucedo (Ednica, I.A.P.), Jorge Alcántara Ríos (…)").
/// People are separated by commas and a final "y"/"e", or by semicolons; commas and "e" inside parentheses belong to
/// the body ("(Artículo 19, Oficina para México y Centroamérica)"). People who share a body share its parentheses
/// ("Lic. A y Mtro. B (STyFE)"); a post after a name is no body ("Lic. Tomás Ibarra Cano, enlace de seguimiento").
/// </summary>
public static partial class RunOnAttendance
{
    /// <summary>
    /// A "Label: people" paragraph whose label is a sector heading, one group per label: a PDF may run the next
    /// sector's paragraph into this one ("… (Delegación Iztapalapa). Por las organizaciones de la sociedad civil: …").
    /// Empty when the paragraph does not open with a sector label or names nobody.
    /// </summary>
    public static IReadOnlyList<(Sector Sector, string Label, IReadOnlyList<(string Name, string? Institution)> People)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labels = new List<(int Start, int Colon, Sector Sector)>();
        for (var colon = text.IndexOf(':', StringComparison.Ordinal); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            // A label starts the paragraph or a sentence: after ". " or "; " outside parentheses. The first may follow an
            // opening sentence ("Se contó con la asistencia de las siguientes personas. Por las instancias ejecutoras: …").
            var start = Math.Max(text.LastIndexOf(". ", colon, StringComparison.Ordinal), text.LastIndexOf("; ", colon, StringComparison.Ordinal)) + 2;
            if (start < 2)
            {
                if (labels.Count > 0)
                {
                    continue;
                }

                start = 0;
            }
            else if (labels.Count == 0 && colon - start is >= 2 and <= 70 && SectorHeadings.Classify(text[start..colon].Trim()) is null)
            {
                start = 0; // not a sector label after the sentence: try the paragraph's start as before
            }

            if (colon - start is >= 2 and <= 70 && SectorHeadings.Classify(text[start..colon].Trim()) is { } sector)
            {
                labels.Add((start, colon, sector));
            }
            else if (labels.Count == 0)
            {
                return [];
            }
        }

        var groups = new List<(Sector, string, IReadOnlyList<(string, string?)>)>();
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Start : text.Length;
            var people = People(text[(labels[i].Colon + 1)..end]);
            if (people.Count > 0)
            {
                groups.Add((labels[i].Sector, text[labels[i].Start..labels[i].Colon].Trim(), people));
            }
        }

        return groups;
    }

    /// <summary>
    /// The people a photograph's caption names in order after "De izquierda a derecha:" (blind batch T, T6), each with the body
    /// in parentheses; empty when no sentence of the paragraph opens so, or any piece after it is no person.
    /// </summary>
    public static IReadOnlyList<(string Name, string? Institution)> Pictured(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFold.Fold(text);
        for (var start = 0; start >= 0 && start < folded.Length; start = folded.IndexOf(". ", start, StringComparison.Ordinal) is var dot and >= 0 ? dot + 2 : -1)
        {
            var length = ActaVocabulary.PictureOrder.PrefixLength(folded[start..]);
            if (length > 0 && folded.Length == text.Length)
            {
                var rest = text[(start + length)..].TrimStart(' ', ':', ',');
                var people = People(rest);
                return people.Count >= 2 && people.All(p => p.Institution is not null && PersonNames.LooksLikePerson(p.Name)) ? people : [];
            }
        }

        return [];
    }

    /// <summary>The people of a run: each name with the body written after it, or null.</summary>
    public static IReadOnlyList<(string Name, string? Institution)> People(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var text = list.Trim().TrimEnd('.').Trim();
        var pieces = TopLevel(text, ';').Select(p => p.Trim().TrimEnd('.').Trim()).Where(p => p.Length > 0).ToList();
        // "MORALES ESCOBAR, Adriana (Lic.) – Mecanismo…; TAPIA GUERRERO, Luis (Mtro.) – …" (surnames first in capitals, the
        // title after, the body after a dash); "la Dra. Leticia Ramírez Olvera, del Instituto…; el Lic. …, de la SIBISO; y el
        // C. …" (minutes in prose: an article, the name, the body after "de la" / "del"): every piece one person and body.
        // "por la Secretaría X, el Ing. Agr. A y la Lic. B; por el Colectivo Y, A.C., la M. en C. C" (legal prose): each piece
        // a body after "por", then its people, each after its article.
        if (pieces.Count > 0 && pieces.Select(BodyThenArticledPeople).ToList() is var byBody && byBody.All(g => g.Count > 0))
        {
            return byBody.SelectMany(g => g).ToList();
        }

        foreach (var shape in new[] { InvertedPerson(), ArticledPerson() })
        {
            if (pieces.Count > 0 && pieces.Select(p => shape.Match(p)).ToList() is var matches && matches.All(m => m.Success))
            {
                return matches.Select(m => (m.Groups["name"].Value.Trim(), (string?)m.Groups["inst"].Value.Trim().TrimEnd('.').Trim())).ToList();
            }
        }

        return pieces.Count > 1 ? BySemicolon(text) : ByComma(text);
    }

    /// <summary>"la Dra. Ana Pérez López, del Instituto…", "y el C. Luis Mora Gil, de la SIBISO": article, name (with its titles),
    /// comma, "de la" / "del" / "de", the body.</summary>
    [GeneratedRegex(@"^(?:y\s+|e\s+)?(?:la|el)\s+(?<name>(?:\p{Lu}\p{Ll}{0,5}\.\s+){0,2}\p{Lu}[\p{L}'\-]+(?:\s+(?:de(?:\s+la)?\s+)?\p{Lu}[\p{L}'\-]+){1,5}),\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+(?<inst>\S.*)$")]
    private static partial Regex ArticledPerson();

    /// <summary>"por la Secretaría X, el Ing. Agr. A y la Lic. B, quien funge como …": the body, then each person after its article.</summary>
    private static List<(string, string?)> BodyThenArticledPeople(string piece)
    {
        var m = BodyFirst().Match(piece);
        if (!m.Success)
        {
            return [];
        }

        var institution = m.Groups["inst"].Value.Trim();
        var people = RelativeClause().Replace(m.Groups["people"].Value, "");
        var names = ArticleSeparator().Split(people).Select(n => PersonNames.WithoutTitle(LeadingArticle().Replace(n.Trim().TrimEnd('.', ','), ""))).ToList();
        return names.All(PersonNames.LooksLikePerson) ? names.Select(n => (n, (string?)institution)).ToList() : [];
    }

    [GeneratedRegex(@"^(?:y\s+)?por\s+(?:(?:la|el|los|las)\s+)?(?<inst>\p{Lu}.*?),\s+(?<people>(?:el|la)\s+\p{Lu}.*)$")]
    private static partial Regex BodyFirst();

    [GeneratedRegex(@"\s+y\s+(?=(?:el|la)\s+\p{Lu})|,\s+(?=(?:el|la)\s+\p{Lu})")]
    private static partial Regex ArticleSeparator();

    [GeneratedRegex(@"^(?:el|la)\s+")]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@",\s+(?:quien|que)\s.*$")]
    private static partial Regex RelativeClause();

    /// <summary>"PÉREZ LÓPEZ, Ana María (Mtra.) – Secretaría de Cultura": surnames in capitals, a comma, the given names, an
    /// optional title in parentheses, a dash, the body.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{Lu}'\-]+(?:\s+\p{Lu}[\p{Lu}'\-]+)*,\s*\p{Lu}\p{Ll}+(?:\s+(?:de(?:\s+la)?\s+)?\p{Lu}\p{Ll}+){0,3})\s*(?:\([^()]{1,20}\))?\s*[–—\-]\s*(?<inst>\S.*)$")]
    private static partial Regex InvertedPerson();

    /// <summary>"Lic. A y Mtro. B (STyFE); Lic. C, Directora de…, SEMUJERES": each piece a group sharing a body, or one listed person.</summary>
    private static List<(string, string?)> BySemicolon(string text)
    {
        var people = new List<(string, string?)>();
        foreach (var piece in TopLevel(text, ';').Select(p => p.Trim().TrimEnd('.').Trim()).Where(p => p.Length > 0))
        {
            var shared = SharedInstitution().Match(piece);
            var names = shared.Success ? shared.Groups["names"].Value : piece;
            var institution = shared.Success ? shared.Groups["inst"].Value.Trim() : null;
            var parts = NameSeparator().Split(names).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
            if (parts.All(PersonNames.LooksLikePerson))
            {
                people.AddRange(parts.Select(n => (n, institution)));
            }
            else if (AttendanceExtractor.ListedPerson(piece) is { } listed)
            {
                people.Add((listed.Name, listed.Institution));
            }
        }

        return people;
    }

    private static List<(string, string?)> ByComma(string text)
    {
        var people = new List<(string, string?)>();
        var pending = new List<string>();
        void Emit(string? institution)
        {
            people.AddRange(pending.Select(n => (n, institution)));
            pending.Clear();
        }

        // After "Name, post" the name no longer shares the parentheses of the next person: only a body may follow.
        var afterPost = false;
        var tokens = TopLevel(text, ',').SelectMany(t => TopLevelWords(t.Trim())).Select(t => t.Trim().TrimEnd('.').Trim()).Where(t => t.Length > 0);
        foreach (var token in tokens)
        {
            var shared = SharedInstitution().Match(token);
            var person = shared.Success && PersonNames.LooksLikePerson(shared.Groups["names"].Value) ? shared.Groups["names"].Value.Trim()
                : PersonNames.LooksLikePerson(token) ? token : null;
            if (person is not null)
            {
                if (afterPost)
                {
                    Emit(null);
                }

                afterPost = false;
                pending.Add(person);
                if (shared.Success)
                {
                    Emit(shared.Groups["inst"].Value.Trim());
                }
            }
            else if (pending.Count > 0 && ActaVocabulary.Post.PrefixLength(TextFold.Fold(token)) > 0)
            {
                afterPost = true;
            }
            else if (pending.Count > 0)
            {
                Emit(token); // "Name, Institution": the body written after the name without parentheses
                afterPost = false;
            }
        }

        Emit(null);
        return people;
    }

    /// <summary>Splits at a separator outside parentheses.</summary>
    private static List<string> TopLevel(string text, char separator)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == separator && depth == 0)
            {
                pieces.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        pieces.Add(current.ToString());
        return pieces;
    }

    /// <summary>Splits at "y"/"e" outside parentheses: "Gerardo Villa Téllez (Fundar) e Itzel Moreno Chávez (…)".</summary>
    private static IEnumerable<string> TopLevelWords(string text)
    {
        var masked = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            masked.Append(depth > 0 ? '_' : c);
        }

        var start = 0;
        foreach (Match m in NameSeparatorWord().Matches(masked.ToString()))
        {
            yield return text[start..m.Index];
            start = m.Index + m.Length;
        }

        yield return text[start..];
    }

    [GeneratedRegex(@"^(?<names>[^()]+?)\s*\((?<inst>[^()]+(?:\([^()]*\)[^()]*)*)\)$")]
    private static partial Regex SharedInstitution();

    [GeneratedRegex(@"\s*,\s*|\s+y\s+|\s+e\s+")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s+[ye]\s+")]
    private static partial Regex NameSeparatorWord();
}
