using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>Sub-headings and sector columns of an attendance list: "Instancias Ejecutoras", "Sociedad civil", "Secretaría Ejecutiva", "Academia".</summary>
public static partial class SectorHeadings
{
    public static Sector? Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // "Implementing body / Instancia ejecutora", "Other / Otra instancia" (blind batch X, X2): a sector in two languages is
        // the sector either side names, the second (the form's Spanish) first. Only across a slash: "Name · Secretaría Ejecutiva"
        // is a roster line whose body shares the sector's name (blind batch M, M4), no heading.
        return ClassifyWhole(text) ?? (!text.Contains('·') && BilingualLabel.Sides(text) is [var first, var second] ? ClassifyWhole(second) ?? ClassifyWhole(first) : null) ??
               OptionList(text) ?? Glossed(text);
    }

    /// <summary>
    /// "Gobierno (instancias ejecutoras)", "Sociedad civil (OSC)": a sector glossed in parentheses by other words for the same
    /// sector is that sector (blind batch AE, AE1: a column heading). Both sides must name it: "Secretaría Ejecutiva (Lic. …)"
    /// or "Gobierno (Secretaría de Cultura)" tell a person or a body, no heading.
    /// </summary>
    private static Sector? Glossed(string text)
    {
        if (!text.Contains('(') || Gloss().Match(text.Trim()) is not { Success: true } glossed)
        {
            return null;
        }

        var outer = ClassifyWhole(glossed.Groups["outer"].Value);
        return outer is not null && outer == ClassifyWhole(glossed.Groups["inner"].Value) ? outer : null;
    }

    [GeneratedRegex(@"^(?<outer>[^()]{2,40}?)\s*\((?<inner>[^()]{2,40})\)$")]
    private static partial Regex Gloss();

    /// <summary>
    /// "Academia / organismo autónomo / instancia federal" (blind batch U, U6: a registration form's one option for several
    /// groups): three groups or more parted by spaced slashes are the sector they all name, when two of them name it at least
    /// and none names another.
    /// </summary>
    private static Sector? OptionList(string text)
    {
        var parts = BilingualLabel.SlashParts(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 3)
        {
            return null;
        }

        var named = parts.Select(ClassifyWhole).OfType<Sector>().ToList();
        return named.Count >= 2 && named.Distinct().Count() == 1 ? named[0] : null;
    }

    private static Sector? ClassifyWhole(string text)
    {
        if (text.Length > 70)
        {
            return null;
        }

        // "Instancias ejecutoras (6)", "Sociedad civil (2 personas)": a sub-heading may count its people (blind batch N, N1).
        var key = ByWhom().Replace(HeadCount().Replace(TextFold.Key(text).Trim(), ""), "");
        if (PhraseSet.TryClassify(Sectors, key, out var sector))
        {
            return sector;
        }

        // "Por las instancias ejecutoras asistieron", "Asistieron por la sociedad civil" (BG2): the verb is no part of the sector.
        var withoutVerb = ByWhom().Replace(AttendedVerb().Replace(key, ""), "");
        if (withoutVerb != key && PhraseSet.TryClassify(Sectors, withoutVerb, out sector))
        {
            return sector;
        }

        // "Por las organizaciones de la sociedad civil y pueblos", "Sociedad civil y academia": a sector joined to another
        // group by "y"/"e" is the sector named first (a pair the vocabulary declares whole was found above).
        if (Joined().Match(withoutVerb) is { Success: true } joined && PhraseSet.TryClassify(Sectors, joined.Groups["first"].Value, out sector))
        {
            return sector;
        }

        // "Organizaciones civiles, bibliotecas comunitarias y academia" (blind batch O, O2): groups listed with commas and a
        // last "y" are the sector named first, as a pair is.
        return Listed().Match(TextFold.Fold(text).Trim()) is { Success: true } listed &&
               PhraseSet.TryClassify(Sectors, ByWhom().Replace(TextFold.Key(listed.Groups["first"].Value).Trim(), ""), out sector) ? sector : null;
    }

    [GeneratedRegex(@"^(?<first>[^,]{2,40}),\s*[^,]+(?:,\s*[^,]+)*\s+[ye]\s+[^,]+$")]
    private static partial Regex Listed();

    [GeneratedRegex(@"(?<=\p{L})\s+\d{1,3}(?:\s+(?:personas?|asistentes?|participantes?))?$")]
    private static partial Regex HeadCount();

    [GeneratedRegex(@"^(?<first>.+?)\s+[ye]\s+\S+(?:\s+\S+){0,3}$")]
    private static partial Regex Joined();

    private static readonly (PhraseSet Phrases, Sector Sector)[] Sectors =
    [
        (ActaVocabulary.ExecutorSector, Sector.InstanciaEjecutora),
        (ActaVocabulary.CivilSocietySector, Sector.SociedadCivil),
        (ActaVocabulary.SecretariatSector, Sector.SecretariaEjecutiva),
        (ActaVocabulary.OtherSector, Sector.Otro),
    ];

    /// <summary>
    /// "Por parte de las instancias ejecutoras" → "instancias ejecutoras"; "En calidad de persona invitada" → "persona invitada";
    /// "En representación de la sociedad civil" → "sociedad civil" (blind batch AC, AC1).
    /// </summary>
    [GeneratedRegex(@"^(?:por (?:parte de )?|en (?:su )?calidad de |en representacion de |como )(?:(?:la|las|los|el) )?")]
    private static partial Regex ByWhom();

    [GeneratedRegex(@"^(?:asistieron|asistio|participaron|participo|acudieron|acudio|estuvieron presentes|estuvo presente|se conto con)\s+|\s+(?:asistieron|asistio|participaron|participo|acudieron|acudio|estuvieron presentes|estuvo presente|se conto con(?: la presencia de)?)$")]
    private static partial Regex AttendedVerb();
}
