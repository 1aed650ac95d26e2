using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Recognises section headings by their words, not by one template's exact wording:
/// "ASISTENCIA", "LISTA DE ASISTENCIA", "ASISTENTES"; "PUNTOS SOBRESALIENTES", "ORDEN DEL DÍA",
/// "DESARROLLO DE LA SESIÓN"; "ORIENTACIÓN Y RETROALIMENTACIÓN", "RETROALIMENTACIÓN DE
/// ESTRATEGIAS"; "ACUERDOS", "ACUERDOS OPERATIVOS". A bare "Retroalimentación" is a row label
/// inside a strategy, not a section.
/// </summary>
public static partial class SectionDetector
{
    /// <summary>The section a heading row opens, or null when the row is not a heading.</summary>
    public static SectionKind? Classify(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.IsSingle)
        {
            return null;
        }

        var text = row.Text;
        if (text.Length > 90)
        {
            return null;
        }

        var key = Prefix().Replace(TextFold.Key(text), "");
        if (Attendance().IsMatch(key))
        {
            return SectionKind.Attendance;
        }

        if (Agreements().IsMatch(key))
        {
            return SectionKind.Agreements;
        }

        if (Strategies().IsMatch(key))
        {
            return SectionKind.Strategies;
        }

        return Discussion().IsMatch(key) ? SectionKind.Discussion : null;
    }

    [GeneratedRegex(@"^(?:[ivx]+|\d{1,2}|[a-h])\s+(?=\p{L})")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(?:lista de |registro de |relacion de )?(?:asistencia|asistentes|participantes|personas asistentes|personas participantes)(?: a la (?:sesion|reunion)(?: de trabajo)?| de la (?:sesion|reunion))?$")]
    private static partial Regex Attendance();

    [GeneratedRegex(@"^acuerdos(?: operativos| de la (?:sesion|reunion)| adoptados| tomados| y compromisos)?$|^compromisos y acuerdos$|^relacion de acuerdos$")]
    private static partial Regex Agreements();

    [GeneratedRegex(@"^(?:orientacion y retroalimentacion|retroalimentacion y orientacion|(?:orientacion y )?retroalimentacion (?:a|de) (?:las )?estrategias.*|(?:seguimiento|revision|analisis) (?:a|de) (?:las )?estrategias.*|estrategias (?:priorizadas|revisadas).*)$")]
    private static partial Regex Strategies();

    [GeneratedRegex(@"^(?:puntos sobresalientes|orden del dia|desarrollo de la (?:sesion|reunion)(?: de trabajo)?|asuntos generales|bienvenida.*|lectura y aprobacion.*|presentacion.*|antecedentes|introduccion|cierre(?: de la (?:sesion|reunion))?|clausura.*|verificacion (?:de|del) quorum.*)$")]
    private static partial Regex Discussion();
}
