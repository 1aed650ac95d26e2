namespace Actas.Pipeline.Extraction.Institutions;

using Entry = InstitutionGazetteer.Entry;

/// <summary>
/// An alias found as whole words inside a longer text: a sub-unit ("SEDESA - Dirección de
/// Promoción de la Salud", "Dirección Ejecutiva de Derechos Humanos de la SSC"), a suffix
/// ("SEDESO-DGIDS"), an acronym in parentheses ("Instituto de la Juventud (INJUVE)").
/// The longest alias at each place wins and aliases inside a longer one found are dropped
/// ("DIF Nacional" is SNDIF, not DIF-CDMX). An alias followed by another jurisdiction
/// ("Secretaría de Salud del Estado de México", "Consejo de la Judicatura Federal") does not count.
/// Two different bodies left over ("SEDESA / IAPA") are ambiguous: no key.
/// Civil-society names ("Colectivo … de Iztapalapa", "…, A.C.") are not searched, and an acronym written as an
/// ordinary word is no acronym ("México Evalúa" is not EVALUA).
/// </summary>
public sealed class ContainedAliasMatcher(InstitutionAliasIndex index) : IInstitutionMatcher
{
    public InstitutionMatch? Match(InstitutionName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.HasCivilSocietyMark)
        {
            return null;
        }

        var words = name.Words;
        var found = new List<(int Start, int End, IReadOnlyList<Entry> Entries)>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var run in index.RunsStartingWith(words[i]))
            {
                if (InstitutionName.StartsAt(words, run.Words, i) && !FollowedByOtherJurisdiction(words, i + run.Words.Length) &&
                    !(run.CapitalsOnly && name.WrittenWords is { } written && written[i].Any(char.IsLower)))
                {
                    found.Add((i, i + run.Words.Length, run.Entries));
                    break;
                }
            }
        }

        var outer = found.Where(f => !found.Any(o => o != f && o.Start <= f.Start && f.End <= o.End && o.End - o.Start > f.End - f.Start)).ToList();
        if (outer.Count == 0 || (name.HasCivilSocietyHead && outer.All(f => f.Start > 0)))
        {
            return null;
        }

        var entries = outer.SelectMany(f => f.Entries).DistinctBy(e => e.Key).ToList();
        return entries.Count == 1
            ? InstitutionMatch.Found(name.Written, entries[0], InstitutionMatchKind.Contained)
            : InstitutionMatch.AmbiguousAmong(name.Written, entries);
    }

    private static bool FollowedByOtherJurisdiction(IReadOnlyList<string> words, int at)
    {
        if (InstitutionNameWords.LocalQualifiers.Any(q => InstitutionName.StartsAt(words, q, at)))
        {
            return false;
        }

        return InstitutionNameWords.ForeignQualifiers.Any(q => InstitutionName.StartsAt(words, q, at));
    }
}
