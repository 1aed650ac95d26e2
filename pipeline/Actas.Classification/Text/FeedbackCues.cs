using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Actas.Classification.Text;

/// <summary>
/// Marks, as extra tokens, three things the wording of other people's minutes signals but
/// n-grams of a few words miss: who speaks (an institution — an acronym, a capitalised name or
/// "la instancia/dependencia/alcaldía…" — followed by a reporting verb: "SEDESA refiere que…"),
/// requests ("es necesario que", "se solicita", "se requiere", "falta…") and negation. Works on
/// the accent-folded, lower-cased text except for the capitals that tell a name.
/// </summary>
public static partial class FeedbackCues
{
    public static string Mark(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var folded = Fold(text);
        var lower = folded.ToLowerInvariant();
        var cues = new List<string>(8);
        foreach (Match m in ReportingVerb().Matches(folded))
        {
            var before = folded[Math.Max(0, m.Index - 70)..m.Index];
            if (SelfSubject().IsMatch(before.ToLowerInvariant()) && !EspacioSubject().IsMatch(before.ToLowerInvariant()))
            {
                cues.Add("cuehablainstancia");
            }
            else if (Institution().IsMatch(before) && !EspacioSubject().IsMatch(before.ToLowerInvariant()))
            {
                cues.Add("cuehablainstancia");
            }
            else if (EspacioSubject().IsMatch(before.ToLowerInvariant()))
            {
                cues.Add("cuehablaespacio");
            }
        }

        if (Necessary().IsMatch(lower)) { cues.Add("cuenecesario"); }
        if (Request().IsMatch(lower)) { cues.Add("cuesolicita"); }
        if (Missing().IsMatch(lower)) { cues.Add("cuefalta"); }
        if (Negation().IsMatch(lower)) { cues.Add("cueneg"); }
        if (Acknowledge().IsMatch(lower))
        {
            cues.Add("cuereconoce");
            if (Necessary().IsMatch(lower) || Request().IsMatch(lower) || Missing().IsMatch(lower))
            {
                cues.Add("cuereconocepide");
            }
        }

        return string.Join(' ', cues.Distinct(StringComparer.Ordinal));
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

        return sb.ToString();
    }

    [GeneratedRegex(@"(?<!\b[Ss]e )\b(refiere|refieren|menciona|mencionan|comenta|comentan|senala|senalan|informa|informan|indica|indican|explica|explican|expone|exponen|aclara|aclaran|manifiesta|manifiestan|precisa|comparte|argumenta|responde|reporta|reportan)\b")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\b([A-Z]{2,}[A-Za-z-]*|(la|el|los|las) (instancia|dependencia|alcaldia|secretaria|instituto|institucion|representante|enlace|persona servidora|procuraduria|fiscalia|consejeria|direccion|coordinacion|sistema|comision|tribunal|junta|agencia|subsecretaria)|(Secretaria|Instituto|Alcaldia|Fiscalia|Procuraduria|Consejeria|Direccion|Coordinacion|Sistema|Comision|Tribunal|Junta|Agencia|Subsecretaria|Registro|Mecanismo|Universidad|Metro|Heroico)\b)")]
    private static partial Regex Institution();

    [GeneratedRegex(@"\b(la instancia|la dependencia|su representante|el enlace|la persona enlace|la institucion)\b")]
    private static partial Regex SelfSubject();

    [GeneratedRegex(@"\b(el espacio|espacio de participacion|sociedad civil|la osc|las osc|la relatoria|la secretaria tecnica|las personas integrantes|el mecanismo de seguimiento|personas participantes)\b")]
    private static partial Regex EspacioSubject();

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
