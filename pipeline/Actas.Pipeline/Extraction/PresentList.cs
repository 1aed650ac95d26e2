using Actas.Pipeline.Extraction.Vocabulary;
using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Those present named inside a legal acta's opening sentence (blind batch Q, Q1):
/// <code>…se encuentran presentes: por las instancias ejecutoras, la doctora Ximena Larios Bracamontes, Subdirectora de
/// Atención Hospitalaria de la Secretaría de Salud de la Ciudad de México; el doctor …; por las organizaciones de la
/// sociedad civil, la señora …, Presidenta de la Federación Mexicana de Enfermedades Raras, A.C.; y por la Secretaría
/// Ejecutiva del Mecanismo…, la licenciada …, enlace del Espacio.</code>
/// Each "por &lt;sector&gt;," opens a group, people part at semicolons, each one "el/la [título] Name, post de la Body".
/// The body is the first part of the post that a public or civil body's word opens ("Secretaría", "Instituto",
/// "Federación"…), passing over sub-units ("Unidad de Genética de la…"); a person whose post names none belongs to the
/// body the group's label names. Rewritten as the run-on lines <see cref="RunOnAttendance"/> reads.
/// </summary>
public static partial class PresentList
{
    /// <summary>One run-on line per group of the first opening sentence that lists those present; empty when there is none.</summary>
    public static IReadOnlyList<Row> Rewrite(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows.Where(r => r.Table is null && r.IsSingle))
        {
            var text = row.Text;
            if (Opening().Match(text) is not { Success: true } opening)
            {
                continue;
            }

            var list = text[(opening.Index + opening.Length)..];
            if (SentenceEnd().Match(list) is { Success: true } end)
            {
                list = list[..end.Index];
            }

            var lines = new List<string>();
            foreach (var group in GroupStart().Split(list).Select(g => g.Trim()).Where(g => g.Length > 0))
            {
                // "por la Secretaría Ejecutiva del Mecanismo de Seguimiento…": a long body's name is classified by its head.
                if (LabelThenPeople().Match(group) is not { Success: true } m ||
                    (SectorHeadings.Classify(m.Groups["label"].Value) ?? SectorHeadings.Classify(HeadOfLabel().Match(m.Groups["label"].Value).Value)) is not { } sector)
                {
                    continue;
                }

                var named = m.Groups["label"].Value.Trim()[3..].Trim(); // without "por"
                var labelBody = BodyHead().IsMatch(TextFold.Fold(named)) ? Article().Replace(named, "") : null;
                var people = m.Groups["people"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => Person().Match(p)).Where(p => p.Success)
                    .Select(p => (Name: PersonNames.WithoutTitle(p.Groups["name"].Value.Trim()), Post: p.Groups["post"].Value))
                    .Where(p => PersonNames.LooksLikePerson(p.Name))
                    .Select(p => (p.Name, Body: BodyOfPost(p.Post) ?? labelBody))
                    .Select(p => p.Body is null ? p.Name : $"{p.Name} ({p.Body})")
                    .ToList();
                if (people.Count > 0)
                {
                    lines.Add($"{SectorLabel(sector)}: {string.Join("; ", people)}");
                }
            }

            if (lines.Count > 0)
            {
                return lines.Select(l => row with { Cells = [new RowCell(0, 1, [l])], Role = ParagraphRole.Body, SoftLines = null }).ToList();
            }
        }

        return [];
    }

    /// <summary>"Subdirectora de Atención Hospitalaria de la Secretaría de Salud…" → "Secretaría de Salud…"; null when no body is named.</summary>
    private static string? BodyOfPost(string post)
    {
        foreach (Match of in Of().Matches(post))
        {
            var rest = post[(of.Index + of.Length)..].Trim();
            if (BodyHead().IsMatch(TextFold.Fold(rest)))
            {
                return rest;
            }
        }

        return null;
    }

    private static string SectorLabel(Sector sector) => sector switch
    {
        Sector.InstanciaEjecutora => "Por las instancias ejecutoras",
        Sector.SociedadCivil => "Por las organizaciones de la sociedad civil",
        Sector.SecretariaEjecutiva => "Por la Secretaría Ejecutiva",
        _ => "Por otras instituciones",
    };

    // "se encuentran presentes:", "estando presentes:", "encontrándose presentes las personas siguientes:".
    [GeneratedRegex(@"\b(?:se\s+encuentran|se\s+encontraron|encontr[aá]ndose|estando|est[aá]n)\s+presentes(?:\s+las\s+(?:personas\s+)?siguientes(?:\s+personas)?)?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>The stop that ends the sentence: not the one of a title or an initial ("Dr.", "A.C."); also <see cref="AttendedSentence"/>'s and <see cref="SpokenAttendance"/>'s.</summary>
    [GeneratedRegex(@"(?<!\b(?:\p{Lu}|No|Núm|" + ActaVocabulary.TitleAbbreviation + @"))\.\s+(?=\p{Lu})")]
    internal static partial Regex SentenceEnd();

    // "…; y por las organizaciones…": a group opens at the start or after a semicolon.
    [GeneratedRegex(@"(?:^|;)\s*(?:y\s+)?(?=por\s)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupStart();

    [GeneratedRegex(@"^(?<label>por\s+[^,;]{3,160}?),\s+(?<people>(?:el|la)\s.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LabelThenPeople();

    // "la doctora Ximena Larios Bracamontes, Subdirectora de…", "y el señor Octavio Barragán Celis, Vocal de…" (the title is
    // PersonNames' to drop).
    [GeneratedRegex(@"^(?:y\s+)?(?:el|la)\s+(?<name>[^,]{5,80}?)(?:,\s*(?<post>.+))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(?:de\s+la|de\s+los|de\s+las|del|de)\s+(?=\p{Lu})")]
    private static partial Regex Of();

    [GeneratedRegex(@"^(?:la|el|los|las)\s+")]
    private static partial Regex Article();

    [GeneratedRegex(@"^.+?(?=\s+(?:del|de\s+la|de\s+los)\s|$)", RegexOptions.Singleline)]
    private static partial Regex HeadOfLabel();

    // The first word of a body: a public or civil institution, not a sub-unit of one ("Unidad", "Dirección", "Coordinación");
    // also AttendanceExtractor's, to find where a name run into its body ends. Matched on folded text.
    [GeneratedRegex(@"^(?:la\s+|el\s+)?(?:secretaria|sistema|fideicomiso|instituto|federacion|asociacion|fundacion|colectiv[oa]s?|red|consejo|comision|procuraduria|fiscalia|alcaldia|delegacion|universidad|hospital|organizacion|agencia|tribunal|junta|defensoria|mecanismo|comite|coalicion|alianza|club|observatorio|centro|colegio|servicios|autoridad|oficialia|consejeria|jefatura)\b")]
    internal static partial Regex BodyHead();
}
