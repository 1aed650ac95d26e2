namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>
/// The words the gazetteer reads around institution names, declared once, folded
/// (<see cref="TextFold.Key"/>): where a name says it is this city's, another jurisdiction's,
/// a civil-society organisation's, or a public body's.
/// </summary>
public static class InstitutionNameWords
{
    /// <summary>Trailing words that only say "of this city": dropped before comparing names ("Instituto de Vivienda del Distrito Federal" = "Instituto de Vivienda").</summary>
    public static readonly IReadOnlyList<string[]> LocalQualifiers = Split(
        "del gobierno de la ciudad de mexico", "del gobierno del distrito federal", "de la ciudad de mexico",
        "en la ciudad de mexico", "del distrito federal", "de la cdmx", "del df", "de la cd de mexico", "ciudad de mexico",
        "distrito federal", "cdmx", "df", "local");

    /// <summary>
    /// Words after a name that make it another jurisdiction's body: "Secretaría de Salud del Estado de México",
    /// "Consejo de la Judicatura Federal". A name followed by them is not this city's body.
    /// </summary>
    public static readonly IReadOnlyList<string[]> ForeignQualifiers = Split(
        "federal", "nacional", "del estado", "de la republica", "del gobierno federal", "del gobierno de mexico", "de mexico",
        "del edomex", "edomex", "de aguascalientes", "de baja california", "de campeche", "de chiapas", "de chihuahua",
        "de coahuila", "de colima", "de durango", "de guanajuato", "de guerrero", "de hidalgo", "de jalisco", "de michoacan",
        "de morelos", "de nayarit", "de nuevo leon", "de oaxaca", "de puebla", "de queretaro", "de quintana roo",
        "de san luis potosi", "de sinaloa", "de sonora", "de tabasco", "de tamaulipas", "de tlaxcala", "de veracruz",
        "de yucatan", "de zacatecas");

    /// <summary>First words of civil-society organisations' names ("Colectivo …", "Red …", "Fundación …").</summary>
    public static readonly IReadOnlySet<string> CivilSocietyHeads = new HashSet<string>(StringComparer.Ordinal)
    {
        "colectivo", "colectiva", "red", "fundacion", "asociacion", "organizacion", "frente", "movimiento", "coalicion",
        "alianza", "union", "brigada", "iniciativa", "grupo", "cooperativa", "observatorio", "articulacion",
    };

    /// <summary>Legal forms that end civil-society names ("Cauce Ciudadano, A.C."), and phrases that say so.</summary>
    public static readonly IReadOnlyList<string[]> CivilSocietyMarks = Split(
        "a c", "ac", "i a p", "iap", "a b p", "abp", "s c", "sociedad civil", "asociacion civil", "consejo ciudadano", "comite ciudadano");

    /// <summary>Words that open public bodies' names and their sub-units: an unresolved name that starts so gets a warning.</summary>
    public static readonly IReadOnlySet<string> PublicHeads = new HashSet<string>(StringComparer.Ordinal)
    {
        "secretaria", "subsecretaria", "direccion", "subdireccion", "coordinacion", "jefatura", "unidad", "fiscalia",
        "procuraduria", "instituto", "sistema", "comision", "consejo", "tribunal", "juzgado", "alcaldia", "delegacion",
        "agencia", "organismo", "fideicomiso", "servicio", "servicios", "oficina", "gobierno", "hospital", "policia",
        "congreso", "asamblea", "defensoria", "ministerio", "mecanismo", "autoridad", "junta", "contraloria", "consejeria",
        "oficialia", "tesoreria", "centro", "escuela", "universidad", "fondo", "registro", "area", "departamento",
    };

    /// <summary>Function words left out when names are compared by their words.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "el", "los", "y", "e", "para", "por", "en", "a", "al", "con", "su", "sus",
    };

    private static string[][] Split(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}
