using System.Text.RegularExpressions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// One attendee as a report generator writes it, the fields parted by bars on one line (blind batch V, V3, a session
/// system's minutes: <c>01. Emilio Sandoval Ruelas | Secretaría de Movilidad | Instancia ejecutora</c>): the list number,
/// the person, the body (after the person's post when one stands between them), and the sector when a later field names one.
/// </summary>
public static partial class BarredAttendeeLine
{
    /// <summary>The person as written, the body, and the sector its third field names (null when none).</summary>
    public sealed record Entry(string Name, string Institution, Sector? Sector);

    /// <summary>The entry of <paramref name="text"/>, or null when it is no bar-parted line opening with a person.</summary>
    public static Entry? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(" | ", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = ListNumber().Replace(text.Trim(), "").Split(" | ").Select(f => f.Trim()).ToList();
        if (fields.Count is < 2 or > 4 || fields.Any(f => f.Length == 0) || !PersonNames.LooksLikePerson(fields[0]))
        {
            return null;
        }

        var sector = fields.Skip(2).Select(f => SectorHeadings.Classify(f.TrimEnd('.'))).FirstOrDefault(s => s is not null);
        return new Entry(fields[0], PostThenBody(fields) ? fields[2] : fields[1], sector);
    }

    /// <summary>
    /// The person's post stands between the person and the body (blind-w W5, a minutes system's roster:
    /// <c>1. Name | Subdirectora de Salud Materna | Secretaría de Salud de la Ciudad de México | Instancia ejecutora</c>):
    /// four fields, the last a sector, the second read as a post and the third no sector. ("Secretaría de Salud" reads as a
    /// post too, "secretaria": only the post's place before the body tells them apart.)
    /// </summary>
    private static bool PostThenBody(List<string> fields) =>
        fields.Count == 4 && PersonThenPost.IsPost(fields[1]) && SectorHeadings.Classify(fields[3].TrimEnd('.')) is not null &&
        SectorHeadings.Classify(fields[2].TrimEnd('.')) is null;

    [GeneratedRegex(@"^\d{1,3}\s*[.)-]\s*")]
    private static partial Regex ListNumber();
}
