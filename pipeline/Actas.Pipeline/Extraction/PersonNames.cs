using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Whether a line of an attendance list is a person ("Lic. Héctor Manuel Rivas Peña",
/// "María Guadalupe del Carmen Santillán Ibarra") rather than an institution ("INDEPEDI",
/// "Libre Acceso, A.C.", "Secretaría de Salud del Distrito Federal").
/// </summary>
public static partial class PersonNames
{
    public static bool LooksLikePerson(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var t = line.Trim().TrimEnd('.', ',', ';');
        if (t.Length is < 5 or > 80 || t.Any(char.IsDigit) || t.Contains(':') || t.Contains(',') || t.Contains('(') || t.Contains('–'))
        {
            return false;
        }

        var folded = TextFold.Fold(t);
        if (InstitutionWord().IsMatch(folded))
        {
            return false;
        }

        var title = Title().Match(folded);
        var rest = t[title.Length..].Trim();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 7)
        {
            return false;
        }

        // Every word capitalised but the particles; an all-capitals word is an acronym, not a name.
        return words.All(w => Particle().IsMatch(TextFold.Fold(w)) || (char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))) &&
               words.Count(w => char.IsUpper(w[0])) >= 2;
    }

    /// <summary>
    /// The name of a name cell that also holds the post, the line break between them read as a space (BG6, a
    /// "Nombre y cargo" column: "Dra. Andrea González Maldonado⏎Directora de Prevención"): the words before the first
    /// capitalised post word, when they read as a person; the text unchanged otherwise.
    /// </summary>
    public static string WithoutPost(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 2; k < words.Length; k++)
        {
            if (char.IsUpper(words[k][0]) && ActaVocabulary.Post.PrefixLength(TextFold.Fold(string.Join(' ', words[k..]))) > 0 &&
                string.Join(' ', words[..k]) is var name && LooksLikePerson(name))
            {
                return name;
            }
        }

        return text;
    }

    /// <summary>
    /// The people of one line that runs several titled names together, as a PDF joins the lines of a name cell (blind batch
    /// P, P3: "Lic. Lorena Vega Albarrán Mtro. Adrián Castillo Meza"): the line cut before every title that follows a
    /// word of the name before it, when every piece reads as a person; null otherwise (one person, or not names at all).
    /// </summary>
    public static IReadOnlyList<string>? SplitAtTitles(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var pieces = TitleInside().Split(line.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return pieces.Count >= 2 && pieces.All(p => Title().Match(TextFold.Fold(p)).Length > 0 && LooksLikePerson(p)) ? pieces : null;
    }

    /// <summary>True when the text holds a word that names a body rather than a person ("Colectivo…", "…, A.C.", "Consejería…").</summary>
    public static bool NamesBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return InstitutionWord().IsMatch(TextFold.Fold(text));
    }

    /// <summary>The name without the courtesy and professional titles before it ("Ing. Agr. Tomás Chavira" → "Tomás Chavira").</summary>
    public static string WithoutTitle(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var t = name.Trim();
        var title = Title().Match(TextFold.Fold(t));
        return title.Length > 0 && title.Length < t.Length ? t[title.Length..].Trim() : t;
    }

    // Every title of address the extractor knows, written or spoken: "Q.F.B.", "M.V.Z.", "C.P.": a title of dotted initials;
    // "M. en C.", "Ing. Agr.", "Biól."; "la doctora", "el señor" (the article is the caller's); a police, military or elected
    // rank abbreviated as the full word is ("Insp.", "Subinsp.", "Cmdte.", "Gral.", "Dip."). Matched on folded text.
    [GeneratedRegex(@"^(?:(?:[a-z]\.){2,4}\s*|m\.\s*en\s*c\.\s*|(?:lic|licda|licdo|mtro|mtra|dr|dra|ing|arq|biol|c|prof|profa|profr|profra|psic|act|cp|antrop|soc|sr|sra|srta|mc|mvz|q|qfb|enf|agr|insp|subinsp|cmdte|cmte|gral|dip)\.\s*)+|^(?:suboficial|oficial|comandante|subinspector|subinspectora|inspector|inspectora|diputada|diputado|maestra|maestro|doctora|doctor|licenciada|licenciado|ciudadana|ciudadano|ingeniera|ingeniero|arquitecta|arquitecto|profesora|profesor|contadora|contador|senora|senor|senorita|biologa|biologo|psicologa|psicologo|antropologa|antropologo|abogada|abogado)\s+")]
    private static partial Regex Title();

    // A title that starts a second name: after a lower-case letter ending a surname, before a capitalised word.
    [GeneratedRegex(@"(?<=\p{Ll}\s+)(?=" + ActaVocabulary.TitleAbbreviation + @"\.\s*\p{Lu})")]
    private static partial Regex TitleInside();

    [GeneratedRegex(@"^(?:de|del|la|las|los|y|e|van|von|da|di)$")]
    private static partial Regex Particle();

    // "Acta de la Novena Sesión Ordinaria" (blind batch O, O6: a web page's sidebar of other actas read into the attendance) names a session, not a person.
    [GeneratedRegex(@"\b(?:secretaria|secretariado|subsecretaria|instituto|comision|direccion|consejo|consejeria|sistema|colectiv[oa]s?|red|asociacion|fundacion|centro|coalicion|asamblea|programa|procuraduria|tribunal|fiscalia|alcaldia|delegacion|organizacion|unidad|coordinacion|gobierno|servicios|agencia|mecanismo|universidad|escuela|hospital|clinica|junta|oficina|defensoria|casa|grupo|comite|frente|movimiento|iniciativa|observatorio|colegio|federacion|confederacion|union|sociedad|civil|a c|ac|iap|abp|s c|jefatura|espacio|metro|transporte|jefe|jefa|director|directora|subdirector|subdirectora|coordinador|coordinadora|enlace|titular|presidenta|presidente|vocera|vocero|integrante|representante|ciudad|mexico|nacional|unid[oa]s|damnificad[oa]s|vecin[oa]s|colon[oa]s|alianza|cooperativa|sindicato|club|clubes|foro|plataforma|voces|mujeres|derechos|humanos|accion|ciudadan[oa]s|pueblos|indigenas|acta|sesion|reunion|ordinaria|extraordinaria)\b")]
    private static partial Regex InstitutionWord();
}
