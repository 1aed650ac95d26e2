using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>Sub-headings and sector columns of an attendance list: "Instancias Ejecutoras", "Sociedad civil", "Secretaría Ejecutiva", "Academia".</summary>
public static partial class SectorHeadings
{
    public static Sector? Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 70)
        {
            return null;
        }

        var key = TextFold.Key(text);
        if (Executors().IsMatch(key))
        {
            return Sector.InstanciaEjecutora;
        }

        if (CivilSociety().IsMatch(key))
        {
            return Sector.SociedadCivil;
        }

        if (Secretariat().IsMatch(key))
        {
            return Sector.SecretariaEjecutiva;
        }

        return Other().IsMatch(key) ? Sector.Otro : null;
    }

    [GeneratedRegex(@"^(?:por (?:parte de )?(?:las )?)?(?:instancias? ejecutoras?|ie|entes? publicos?|instituciones(?: de gobierno| publicas)?|dependencias(?: de gobierno)?|gobierno|instancias de gobierno|servidores publicos|personas servidoras publicas)$")]
    private static partial Regex Executors();

    [GeneratedRegex(@"^(?:por (?:parte de )?(?:la )?)?(?:sociedad civil|osc|organizaciones(?: de la sociedad civil| civiles)?|organizaciones sociales|sc)$")]
    private static partial Regex CivilSociety();

    [GeneratedRegex(@"^(?:por (?:parte de )?(?:la )?)?(?:secretaria ejecutiva.*|se|mecanismo de seguimiento.*)$")]
    private static partial Regex Secretariat();

    [GeneratedRegex(@"^(?:academia|instituciones academicas|invitad[oa]s?(?: especiales)?|otros?|observador(?:es|as)|organismos? (?:publicos )?autonomos?|personas invitadas)$")]
    private static partial Regex Other();
}
