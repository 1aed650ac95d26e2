using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Institutions;
using Actas.Pipeline.Model;
using Actas.Tests;

namespace Actas.Pipeline.Tests.Wording;

/// <summary>
/// Issue 14: every place in pipeline/ that writes a warning (<c>warnings.Add</c>, <c>new Issue(…)</c>, an institution's
/// <c>Warning</c>) writes a sentence of a known shape, and that shape reads Spanish under es-MX with no English word left
/// in it. The sites are found in the source, so a warning added tomorrow without its Spanish words fails here.
/// </summary>
public sealed class WarningSitesSpanishTests
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly Regex Site = new(@"warnings\??\.Add\(|new Issue\(|string\? Warning =>", RegexOptions.CultureInvariant);
    private static readonly Regex Word = new(@"[\p{L}_]{2,}", RegexOptions.CultureInvariant);

    /// <summary>Words the English and the Spanish share on purpose: the acta's own labels, file and variable names.</summary>
    private static readonly HashSet<string> Kept = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "acta", "ocr", "utf", "meta", "informe", "retroalimentación", "asistencia", "nombre", "institución", "estrategia",
        "nnn", "institutions", "tsv", "actas_gazetteer", "cm",
    };

    public static TheoryData<string, string> Sites()
    {
        var data = new TheoryData<string, string>();
        foreach (var (place, code, warning) in FindSites())
        {
            data.Add($"{place} {code}", warning);
        }

        return data;
    }

    [Fact]
    public void The_source_scan_finds_every_kind_of_warning_site()
    {
        var sites = FindSites().ToList();
        Assert.True(sites.Count >= 20, $"only {sites.Count} warning sites found");
        Assert.Contains(sites, s => s.Place.EndsWith("InstitutionMatch.cs", StringComparison.Ordinal));
        Assert.Contains(sites, s => s.Code == "table-joined");
        Assert.Contains(sites, s => s.Warning.StartsWith("no session date", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Each_warning_site_has_a_shape_and_reads_spanish_under_es_MX(string site, string warning)
    {
        var code = site.Split(' ')[1];
        Assert.True(WarningWording.CodeOf(warning) is not null, $"{site}: no shape in WarningWords.resx for '{warning}'");
        if (code != "-")
        {
            Assert.Equal(code, WarningWording.CodeOf(warning));
        }

        Assert.Equal(warning, WarningWording.Word(warning, English));
        var spanish = WarningWording.Word(warning, Spanish);
        Assert.NotEqual(warning, spanish);
        Assert.DoesNotContain('{', spanish);

        var samples = Word.Matches(SampleOf("Join(\" and \"")).Select(m => m.Value);
        var spanishWords = Word.Matches(spanish).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var untranslated = Word.Matches(warning).Select(m => m.Value)
            .Where(w => spanishWords.Contains(w) && !Kept.Contains(w) && !samples.Contains(w))
            .Distinct().ToList();
        Assert.True(untranslated.Count == 0, $"{site}: English left in '{spanish}': {string.Join(", ", untranslated)}");
    }

    [Fact]
    public void An_ambiguous_institution_names_its_bodies_joined_in_spanish()
    {
        var two = new InstitutionMatch("Fideicomiso", null, InstitutionMatchKind.Ambiguous,
            [Entry("FIDEGAR"), Entry("SEDU")], false, 1.0).Warning!;
        var three = new InstitutionMatch("Instituto", null, InstitutionMatchKind.Ambiguous,
            [Entry("SEDU"), Entry("FIDEGAR"), Entry("INMUJERES")], false, 1.0).Warning!;

        Assert.Contains("fits FIDEGAR and SEDU equally", two, StringComparison.Ordinal);
        Assert.Equal(two, WarningWording.Word(two, English));
        Assert.Contains("corresponde por igual a FIDEGAR y SEDU;", WarningWording.Word(two, Spanish), StringComparison.Ordinal);
        Assert.Contains("corresponde por igual a SEDU, FIDEGAR e INMUJERES;", WarningWording.Word(three, Spanish), StringComparison.Ordinal);
        Assert.DoesNotContain(" and ", WarningWording.Word(three, Spanish), StringComparison.Ordinal);
    }

    private static InstitutionGazetteer.Entry Entry(string key) => new(key, Sector.Otro, $"Organismo {key}");

    /// <summary>(file, the Issue's code or "-", the sentence with each hole filled) for every warning literal in pipeline/.</summary>
    private static IEnumerable<(string Place, string Code, string Warning)> FindSites()
    {
        var pipeline = Path.Combine(RepositoryPaths.Root, "pipeline");
        foreach (var file in Directory.EnumerateFiles(pipeline, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            foreach (Match site in Site.Matches(source))
            {
                var literals = LiteralsOfStatement(source, site.Index + site.Length).ToList();
                var place = Path.GetRelativePath(pipeline, file).Replace('\\', '/');
                if (site.Value.StartsWith("new Issue", StringComparison.Ordinal))
                {
                    // new Issue("code", severity, location, message): the code first, the message last.
                    if (literals.Count >= 2)
                    {
                        yield return (place, literals[0], literals[^1]);
                    }
                }
                else
                {
                    foreach (var literal in literals)
                    {
                        yield return (place, "-", literal);
                    }
                }
            }
        }
    }

    /// <summary>The string literals from <paramref name="start"/> to the statement's ';', holes filled with samples.</summary>
    private static IEnumerable<string> LiteralsOfStatement(string source, int start)
    {
        var i = start;
        while (i < source.Length && source[i] != ';')
        {
            if (source[i] == '"' || (source[i] == '$' && i + 1 < source.Length && source[i + 1] == '"'))
            {
                var interpolated = source[i] == '$';
                var (text, end) = ReadLiteral(source, interpolated ? i + 2 : i + 1, interpolated);
                yield return text;
                i = end;
                continue;
            }

            if (source[i] == '\'' && i + 2 < source.Length)
            {
                i = source.IndexOf('\'', i + (source[i + 1] == '\\' ? 3 : 2)) + 1;
                continue;
            }

            i++;
        }
    }

    /// <returns>The literal's text (holes filled) and the index after its closing quote.</returns>
    private static (string Text, int End) ReadLiteral(string source, int i, bool interpolated)
    {
        var text = new StringBuilder();
        while (source[i] != '"')
        {
            if (source[i] == '\\')
            {
                text.Append(source[i + 1] switch { 'n' => '\n', 't' => '\t', var c => c });
                i += 2;
            }
            else if (interpolated && source[i] == '{' && source[i + 1] == '{')
            {
                text.Append('{');
                i += 2;
            }
            else if (interpolated && source[i] == '}' && source[i + 1] == '}')
            {
                text.Append('}');
                i += 2;
            }
            else if (interpolated && source[i] == '{')
            {
                var end = HoleEnd(source, i + 1);
                text.Append(SampleOf(source[(i + 1)..end]));
                i = end + 1;
            }
            else
            {
                text.Append(source[i++]);
            }
        }

        return (text.ToString(), i + 1);
    }

    /// <summary>The index of the '}' closing a hole, skipping braces and strings inside its expression.</summary>
    private static int HoleEnd(string source, int i)
    {
        var depth = 0;
        for (; ; i++)
        {
            switch (source[i])
            {
                case '"':
                    var interpolated = source[i - 1] == '$';
                    i = ReadLiteral(source, i + 1, interpolated).End - 1;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when depth == 0:
                    return i;
                case '}':
                    depth--;
                    break;
            }
        }
    }

    /// <summary>A made-up value for a hole: a list of bodies where the code joins one, else a number.</summary>
    private static string SampleOf(string expression) =>
        expression.Contains("Join(\" and \"", StringComparison.Ordinal) ? "FIDEGAR and INMUJERES" : "7";
}
