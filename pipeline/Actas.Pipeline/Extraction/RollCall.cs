using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A roll call read aloud (<i>pase de lista</i>) in a stenographic version (blind batch P, P1): a sector lead-in ending
/// in a colon, alone or closing a speaker's turn ("…Con gusto, coordinadora. Por las instancias ejecutoras:"), then one
/// paragraph per body, each person answering "presente":
/// <code>Secretaría de Movilidad: el licenciado Jorge Treviño Salas, presente; la arquitecta Paola Cervantes Lugo, presente.</code>
/// The one who reads it names themself last, "Y por la Secretaría Ejecutiva, la de la voz, Daniela Pastrana Ochoa.".
/// Rewritten as the run-on lines <see cref="RunOnAttendance"/> reads: "Por las instancias ejecutoras: Jorge Treviño
/// Salas (Secretaría de Movilidad), Paola Cervantes Lugo (Secretaría de Movilidad)". Those called "ausente" are left out.
/// </summary>
public static partial class RollCall
{
    /// <summary>One run-on line per sector the roll call names; empty when the rows hold no roll call.</summary>
    public static IReadOnlyList<Row> Rewrite(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new List<Row>();
        string? label = null;
        Row? first = null;
        var people = new List<string>();
        foreach (var row in rows)
        {
            var text = row.Table is null && row.IsSingle ? row.Text.Trim() : "";
            if (LeadIn(text) is { } lead)
            {
                Flush();
                (label, first) = (lead, row);
                continue;
            }

            if (label is not null && Answered(text) is { Count: > 0 } answered)
            {
                people.AddRange(answered);
                continue;
            }

            if (label is not null && SelfNamed().Match(text) is { Success: true } self && PersonNames.LooksLikePerson(self.Groups["name"].Value.Trim()))
            {
                Flush();
                var body = self.Groups["body"].Value.Trim();
                result.Add(row with { Cells = [new RowCell(0, 1, [$"Por {self.Groups["art"].Value} {body}: {self.Groups["name"].Value.Trim()} ({body})"])], Role = ParagraphRole.Body });
            }

            Flush();
            label = null;
        }

        Flush();
        return result;

        void Flush()
        {
            if (label is not null && first is not null && people.Count > 0)
            {
                result.Add(first with { Cells = [new RowCell(0, 1, [label + ": " + string.Join(", ", people)])], Role = ParagraphRole.Body, SoftLines = null });
            }

            people.Clear();
        }
    }

    /// <summary>"Por las instancias ejecutoras:" — the last sentence of a paragraph or turn, a sector heading and a colon.</summary>
    private static string? LeadIn(string text)
    {
        if (!text.EndsWith(':'))
        {
            return null;
        }

        var said = SpeakerTag.TurnSpeaker(text) is not null ? SpeakerTag.Strip(text) : text;
        var sentence = said[(Math.Max(said.LastIndexOf(". ", StringComparison.Ordinal), said.LastIndexOf("? ", StringComparison.Ordinal)) + 1)..].Trim().TrimEnd(':').Trim();
        return sentence.Length > 0 && SectorHeadings.Classify(sentence) is not null ? sentence : null;
    }

    /// <summary>"Body: el licenciado A, presente; la arquitecta B, presente." → "A (Body)", "B (Body)"; empty unless every piece answers.</summary>
    private static List<string> Answered(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || colon > 150)
        {
            return [];
        }

        var body = text[..colon].Trim();
        var people = new List<string>();
        foreach (var piece in text[(colon + 1)..].Trim().TrimEnd('.').Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var answer = Answer().Match(piece);
            if (!answer.Success)
            {
                return [];
            }

            if (answer.Groups["absent"].Success)
            {
                continue;
            }

            var name = PersonNames.WithoutTitle(Article().Replace(answer.Groups["name"].Value.Trim(), ""));
            if (!PersonNames.LooksLikePerson(name))
            {
                return [];
            }

            people.Add($"{name} ({body})");
        }

        return people;
    }

    /// <summary>"el licenciado Jorge Treviño Salas, presente", "y la maestra Ana Ruiz, ausente".</summary>
    [GeneratedRegex(@"^(?<name>[^,]{3,100}),\s*(?:(?<present>[Pp]resente)|(?<absent>[Aa]usente))$")]
    private static partial Regex Answer();

    [GeneratedRegex(@"^(?:[ye]\s+)?(?:el|la)\s+")]
    private static partial Regex Article();

    /// <summary>"Y por la Secretaría Ejecutiva, la de la voz, Daniela Pastrana Ochoa." — the reader, last, for their own body.</summary>
    [GeneratedRegex(@"^(?:[Yy]\s+)?[Pp]or\s+(?<art>la|el|las|los)\s+(?<body>\p{Lu}[^,:;]{2,100}),\s+(?:(?:la|el)\s+de\s+la\s+voz,\s+)?(?<name>\p{Lu}[^.;,:]{3,80})(?:[.;]|$)")]
    private static partial Regex SelfNamed();
}
