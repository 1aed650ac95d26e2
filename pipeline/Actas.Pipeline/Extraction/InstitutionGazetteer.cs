using System.Collections.Concurrent;
using Actas.Pipeline.Extraction.Institutions;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Maps institutions as written to one canonical key: "PGJ", "FGJCDMX" and "Procuraduría
/// General de Justicia" → PGJCDMX. Loaded from <c>Data/institutions.tsv</c> (shipped) plus any
/// user file. Matching is accent/case/punctuation-insensitive and runs, in order, the whole
/// text as an alias (<see cref="ExactAliasMatcher"/>), an alias inside a longer text
/// (<see cref="ContainedAliasMatcher"/>: "SEDESO-DGIDS" → SEDESO) and full-name similarity
/// (<see cref="SimilarNameMatcher"/>). A wrong key is worse than none: ambiguous and unknown
/// names resolve to null, and <see cref="Resolve"/> says why.
/// </summary>
public sealed class InstitutionGazetteer
{
    /// <summary>Distinct written forms remembered; actas repeat the same few names in every row.</summary>
    private const int CacheLimit = 20_000;

    private readonly IReadOnlyList<IInstitutionMatcher> _matchers;
    private readonly ConcurrentDictionary<string, InstitutionMatch> _cache = new(StringComparer.Ordinal);

    private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal);

    /// <summary>The one-word capital aliases as written ("PGJCDMX", "DIF-CDMX"): OCR checks its reading of acronyms against them.</summary>
    public IReadOnlyCollection<string> Acronyms => _acronyms;

    /// <summary>One institution of the gazetteer.</summary>
    public sealed record Entry(string Key, Sector Sector, string Name);

    public InstitutionGazetteer(IEnumerable<string> tsvLines, SimilarNameOptions? similarity = null)
    {
        ArgumentNullException.ThrowIfNull(tsvLines);
        var bodies = new Dictionary<string, (Entry Entry, List<InstitutionAlias> Aliases)>(StringComparer.Ordinal);
        foreach (var raw in tsvLines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                continue;
            }

            var key = parts[0].Trim();
            if (!bodies.TryGetValue(key, out var body))
            {
                var name = parts[2].Trim();
                var bare = name.Split('(')[0].Trim(); // "Instituto … (Secretaría de las Mujeres desde 2019)": the note is no name
                body = (new Entry(key, ParseSector(parts[1]), name), [new InstitutionAlias(key, false), new InstitutionAlias(bare, false)]);
                bodies[key] = body;
            }

            var written = (parts.Length > 3 ? parts[3].Split('|') : []).Where(a => a.Trim().Length > 0).ToList();
            body.Aliases.AddRange(written.Select(InstitutionAlias.Parse));
            foreach (var alias in written.Select(a => a.Trim().TrimStart('=')).Append(key))
            {
                if (alias.Length >= 4 && !alias.Contains(' ', StringComparison.Ordinal) && alias.Any(char.IsLetter) && !alias.Any(char.IsLower))
                {
                    _acronyms.Add(alias);
                }
            }
        }

        Entries = bodies.Values.Select(b => b.Entry).ToList();
        var index = new InstitutionAliasIndex(bodies.Values.Select(b => (b.Entry, (IReadOnlyList<InstitutionAlias>)b.Aliases)));
        _matchers = [new ExactAliasMatcher(index), new ContainedAliasMatcher(index), new SimilarNameMatcher(index, similarity ?? new SimilarNameOptions())];
    }

    /// <summary>The shipped gazetteer, plus <c>institutions.tsv</c> in the working directory and the file named by ACTAS_GAZETTEER, when present.</summary>
    public static InstitutionGazetteer Default { get; } = LoadDefault();

    /// <summary>Every body, in file order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>
    /// The body a written name stands for, how it was found, or why not. Extractors call this
    /// where they can report: <see cref="InstitutionMatch.Warning"/> is the line for the acta's warnings.
    /// </summary>
    public InstitutionMatch Resolve(string? institution)
    {
        if (string.IsNullOrWhiteSpace(institution))
        {
            return new InstitutionMatch(institution ?? "", null, InstitutionMatchKind.NotFound, [], false, 0);
        }

        if (_cache.TryGetValue(institution, out var known))
        {
            return known;
        }

        var match = Compute(new InstitutionName(institution));
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[institution] = match;
        return match;
    }

    public Entry? Find(string? institution) => Resolve(institution).Entry;

    public string? KeyOf(string? institution) => Find(institution)?.Key;

    private InstitutionMatch Compute(InstitutionName name)
    {
        foreach (var matcher in _matchers)
        {
            if (matcher.Match(name) is { } match)
            {
                return match;
            }
        }

        return new InstitutionMatch(name.Written, null, InstitutionMatchKind.NotFound, [], name.LooksPublic, 0);
    }

    private static Sector ParseSector(string text) => text.Trim() switch
    {
        "instancia_ejecutora" => Sector.InstanciaEjecutora,
        "sociedad_civil" => Sector.SociedadCivil,
        "secretaria_ejecutiva" => Sector.SecretariaEjecutiva,
        _ => Sector.Otro,
    };

    private static InstitutionGazetteer LoadDefault()
    {
        var lines = new List<string>();
        var shipped = Path.Combine(AppContext.BaseDirectory, "Data", "institutions.tsv");
        if (File.Exists(shipped))
        {
            lines.AddRange(File.ReadAllLines(shipped));
        }

        foreach (var extra in new[] { Path.Combine(Environment.CurrentDirectory, "institutions.tsv"), Environment.GetEnvironmentVariable("ACTAS_GAZETTEER") })
        {
            if (!string.IsNullOrEmpty(extra) && File.Exists(extra))
            {
                lines.AddRange(File.ReadAllLines(extra));
            }
        }

        return new InstitutionGazetteer(lines);
    }
}
