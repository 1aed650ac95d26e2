using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// One attendee written as a form's labelled line (blind batch N, N6):
/// <c>3. Nombre: Ing. Julio César Cantú Rangel  Institución: SOBSE – Dirección de Alumbrado Público  Sector: ☒ IE ☐ OSC ☐ SE ☐ Otro</c>.
/// The name's label opens the line (after its list number); the institution's, the post's and the sector's follow in any
/// order; the sector is the option whose box is ticked.
/// </summary>
public static partial class LabelledAttendeeLine
{
    /// <summary>The name as written (honorific kept), the institution, and the sector as written (the ticked option), each null when absent.</summary>
    public sealed record Entry(string Name, string? Institution, string? Sector);

    public static Entry? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = ListNumber().Replace(text.Trim(), "");
        var folded = TextFold.Fold(line);
        if (folded.Length != line.Length)
        {
            return null;
        }

        var labels = Label.Matches(folded).ToList();
        if (labels.Count < 2 || labels[0].Index != 0 || !labels[0].Groups["name"].Success)
        {
            return null;
        }

        string? name = null, institution = null, sector = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
            var value = line[(labels[i].Index + labels[i].Length)..end].Trim().TrimEnd(';', ',').Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (labels[i].Groups["name"].Success)
            {
                name ??= value;
            }
            else if (labels[i].Groups["body"].Success)
            {
                institution ??= value;
            }
            else if (labels[i].Groups["sector"].Success)
            {
                sector ??= CheckBoxes.Ticked(value);
            }
        }

        return name is null || (institution is null && sector is null) ? null : new Entry(name, institution, sector);
    }

    /// <summary>True when the line is only a sector's label and its options ("Sector: ☒ IE ☐ OSC"), the rest of an attendee's line.</summary>
    public static bool IsSectorLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFold.Fold(text.Trim());
        return Label.Match(folded) is { Success: true, Index: 0 } m && m.Groups["sector"].Success && CheckBoxes.Marks(text).Count > 0;
    }

    private static readonly Regex Label = new(
        @"(?<![\p{L}\p{N}])(?:(?<name>" + ActaVocabulary.AttendeeNameLabel.Pattern + @")|(?<body>" + ActaVocabulary.AttendeeInstitutionLabel.Pattern +
        @")|(?<sector>" + ActaVocabulary.SectorColumn.Pattern + @")|" + ActaVocabulary.AttendeePostLabel.Pattern + @")\s*:\s*",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^\d{1,3}\s*[.)-]\s*")]
    private static partial Regex ListNumber();
}
