using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

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

        return PhraseSet.TryClassify(Headings, Prefix().Replace(TextFold.Key(text), ""), out var kind) ? kind : null;
    }

    private static readonly (PhraseSet Phrases, SectionKind Kind)[] Headings =
    [
        (ActaVocabulary.AttendanceHeading, SectionKind.Attendance),
        (ActaVocabulary.AgreementsHeading, SectionKind.Agreements),
        (ActaVocabulary.StrategiesHeading, SectionKind.Strategies),
        (ActaVocabulary.DiscussionHeading, SectionKind.Discussion),
    ];

    [GeneratedRegex(@"^(?:[ivx]+|\d{1,2}|[a-h])\s+(?=\p{L})")]
    private static partial Regex Prefix();
}
