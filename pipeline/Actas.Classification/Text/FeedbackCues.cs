using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Actas.Classification.Text;

/// <summary>
/// Marks what the wording of other people's minutes signals but n-grams of a few words miss:
/// <list type="bullet">
/// <item><c>cuehablainstancia</c>: an institution speaks — an acronym, an institution's name or "la instancia"
/// as the subject of a reporting verb that introduces what it says ("SEDESA refiere que…", "La Alcaldía
/// solicita que…", "el IEMS se compromete a…"). A verb in a relative clause ("lo que informa SEDUVI"), an
/// impersonal <i>se</i>, a first person plural or the Espacio as subject is not the institution speaking.</item>
/// <item><c>cuehablaespacio</c>: the Espacio, civil society or the Secretaría Ejecutiva is that subject.</item>
/// <item><c>cuereubica</c>: a placement verb ("corresponde a", "puede estar en", "enmarcarse en", "trasladar
/// a"…) followed by another strategy, goal or Espacio ("…en la estrategia 520, meta 520.2", "…a la 237",
/// "otra estrategia").</item>
/// <item><c>cuecontraste</c>: two numbered strategies or goals set against each other ("en la 665 y no en la
/// 661", "no en la 217 sino en la 219").</item>
/// <item>requests (<c>cuenecesario</c>, <c>cuesolicita</c>, <c>cuefalta</c>), <c>cueneg</c> and an acknowledgement
/// followed by a request (<c>cuereconocepide</c>).</item>
/// </list>
/// Works on accent-folded text; only the capitals that tell a name are read case-sensitively.
/// </summary>
public static partial class FeedbackCues
{
    /// <summary>The cues, in the order of <see cref="Vector"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "cuehablainstancia", "cuehablaespacio", "cuereubica", "cuecontraste",
        "cuenecesario", "cuesolicita", "cuefalta", "cueneg", "cuereconocepide",
    ];

    /// <summary>Length of <see cref="Vector"/>.</summary>
    public const int Count = 9;

    /// <summary>The value of a present cue in <see cref="Vector"/>: below the 1.0 of a binary token, so that the
    /// model pays for leaning on a cue as it pays for leaning on an n-gram of the L2-normalised blocks.</summary>
    public const float Weight = 0.3f;

    /// <summary>The cues of <paramref name="text"/> as space-separated tokens (empty when none).</summary>
    public static string Mark(string? text) => string.Join(' ', Find(text).Select(i => Names[i]));

    /// <summary>The cues of <paramref name="text"/> as a fixed-length vector: <see cref="Weight"/> where present.</summary>
    public static float[] Vector(string? text)
    {
        var v = new float[Count];
        foreach (var i in Find(text))
        {
            v[i] = Weight;
        }

        return v;
    }

    private static SortedSet<int> Find(string? text)
    {
        var found = new SortedSet<int>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        var folded = Fold(text);
        var lower = folded.ToLowerInvariant();
        foreach (Match m in SpeechVerb().Matches(lower))
        {
            switch (Speaker(folded, lower, m.Index))
            {
                case Subject.Institution: found.Add(0); break;
                case Subject.Espacio: found.Add(1); break;
            }
        }

        if (Placement().IsMatch(lower) || OtherStrategy().IsMatch(lower)) { found.Add(2); }
        if (Contrast().IsMatch(lower)) { found.Add(3); }
        var necessary = Necessary().IsMatch(lower);
        var request = Request().IsMatch(lower);
        var missing = Missing().IsMatch(lower);
        if (necessary) { found.Add(4); }
        if (request) { found.Add(5); }
        if (missing) { found.Add(6); }
        if (Negation().IsMatch(lower)) { found.Add(7); }
        if (Acknowledge().IsMatch(lower) && (necessary || request || missing)) { found.Add(8); }
        return found;
    }

    private enum Subject { None, Institution, Espacio }

    /// <summary>Who is the subject of the reporting verb at <paramref name="verbAt"/>: the words from the start of
    /// its clause (sentence, ';' or ':') up to the verb.</summary>
    private static Subject Speaker(string folded, string lower, int verbAt)
    {
        var start = lower.LastIndexOfAny(['.', ';', ':', '?', '!'], Math.Max(0, verbAt - 1)) + 1;
        if (verbAt - start > 100)
        {
            start = verbAt - 100;
        }

        var before = lower[start..verbAt];
        if (Relative().IsMatch(before))
        {
            return Subject.None;
        }

        if (EspacioSubject().IsMatch(before))
        {
            return Subject.Espacio;
        }

        return SelfSubject().IsMatch(before) || Institution().IsMatch(folded[start..verbAt]) ? Subject.Institution : Subject.None;
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // A reporting verb (3rd person, singular or plural) that introduces what is said: "que", ":" or, for
    // "(se) compromete", "a". "se" before it is allowed only for "se compromete".
    [GeneratedRegex(@"\b(?:(?:refieren?|mencionan?|comentan?|senalan?|informan?|indican?|explican?|exponen?|aclaran?|manifiestan?|precisan?|argumentan?|responden?|solicitan?|piden?|proponen?|plantean?|consideran?|afirman?|sostienen?|aseguran?|advierten?|expresan?|externan?|sugieren?|reconocen?|insisten? en)\s*,?\s*(?:que\b|:)|se comprometen? a\b)")]
    private static partial Regex SpeechVerb();

    // The verb sits in a relative or impersonal clause: "lo que informa", "la que refiere", "se menciona".
    [GeneratedRegex(@"(\bque|\bse|\bcual|\bcomo|\bsegun)\s*$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b([A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|(Secretaria|Instituto|Alcaldia|Fiscalia|Procuraduria|Consejeria|Direccion|Coordinacion General|Sistema|Comision|Tribunal|Junta|Agencia|Subsecretaria|Registro|Mecanismo|Universidad|Metro|Heroico|Autoridad|Centro|Caja|Consejo|Defensoria|Servicio|Servicios|Escuela|Hospital|Policia|Congreso|Jefatura)\b)")]
    private static partial Regex Institution();

    [GeneratedRegex(@"\b(la instancia|las instancias|la dependencia|las dependencias|su representante|la representante|el representante|el enlace|la persona enlace|la institucion|la alcaldia|el ente|la ejecutora)\b")]
    private static partial Regex SelfSubject();

    // The Espacio's side: the space, civil society, its technical/executive secretariat, the relatoría,
    // the first person plural of the minute's writer.
    [GeneratedRegex(@"\b(el espacio|espacio de participacion|sociedad civil|la osc|las osc|organizaciones|la relatoria|la secretaria tecnica|la secretaria ejecutiva|la se|la coordinacion del espacio|la coordinacion|las personas integrantes|integrantes del espacio|el mecanismo de seguimiento|personas participantes|vecinos|vecinas|colectivos?|academia|nosotros|\w+amos)\b")]
    private static partial Regex EspacioSubject();

    // Not after "no": "no corresponde a la meta 3.1" says the action misses its own goal (desalineado).
    // "corresponde a la 237", "puede estar en la estrategia 665", "enmarcarse en la meta 520.2", "va en el Espacio de…".
    [GeneratedRegex(@"(?<!\bno )(?<!\bno se )\b(corresponden?|pertenecen?|(puede|pueden|podria|podrian|deberia|deberian|debe|deben|tendria|tendrian|convendria|conviene)\s+(estar|ir|ubicarse|ubicarlas?|ubicarlos?|reportarse|reportarlas?|reportarlos?|enmarcarse|quedar|incluirse|registrarse|moverse|trasladarse|pasar(se)?)|van?|irian?|encajan?|caben?|enmarca\w*|reubica\w*|traslad\w*|mover\w*|muev\w*|dejarl\w*|abonan? mas|ubicarl\w*|reportarl\w*|pasarl\w*)\b[^.;]{0,45}?\b(en|a|dentro de|hacia|bajo)\s+(la|el|las|los)?\s*((estrategia|meta|linea de accion|lineas? de accion|indicador|eje|capitulo)s?\s+\d|\d{1,4}\b|espacio de|espacio del)")]
    private static partial Regex Placement();

    [GeneratedRegex(@"\b(otra estrategia|otra meta|otra linea de accion|otro eje|otro espacio|otro capitulo|estrategia distinta|meta distinta|estrategia correcta|meta correcta)\b")]
    private static partial Regex OtherStrategy();

    // "en la 665 y no en la 661", "corresponde a la 237 y no a la 231", "no en la 217 sino en la 219", "meta 235.1, no en la 235.2".
    [GeneratedRegex(@"\b\d{1,4}(\.\d+)?\b[^.;]{0,25}?\b(y no|,\s*no|pero no)\s+(en|a|de|dentro de)?\s*(la|el)?\s*(estrategia|meta)?\s*\d|\bno\s+(en|a|de)\s+(la|el)\s*(estrategia|meta)?\s*\d{1,4}(\.\d+)?\s*,?\s*sino\b")]
    private static partial Regex Contrast();

    [GeneratedRegex(@"\b(es necesario|es indispensable|es importante|es urgente|se exhorta|exhorta|se insta|urge|debera|deberan|debe|deben|tendria que|tiene que)\b")]
    private static partial Regex Necessary();

    [GeneratedRegex(@"\b(se solicita|solicita|se pide|se requiere|requiere|se sugiere|se recomienda|favor de|enviar|remitir|precisar|desagregar|desagregad\w*)\b")]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(falta|faltan|hace falta|no se cuenta|no cuenta|no incluye|no se incluye|no se reporta|no reporta|no presenta|no se presenta|sin datos|sin cifras|no se informa|no informa)\b")]
    private static partial Regex Missing();

    [GeneratedRegex(@"\b(no|sin|ni|tampoco|ningun|ninguna|nada|nunca)\b")]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(se reconoce|se agradece|se valora|reconoce|agradece|se celebra|se destaca|es positivo|buen avance|bien)\b")]
    private static partial Regex Acknowledge();
}
