using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Maps institutions as written to one canonical key: "PGJ", "PGJCDMX" and "Procuraduría
/// General de Justicia" → PGJCDMX. Loaded from <c>Data/institutions.tsv</c> (shipped) plus
/// any user file; matching is accent/case/punctuation-insensitive, exact alias first, then
/// the longest alias found as whole words inside the text ("SEDESO-DGIDS" → SEDESO).
/// </summary>
public sealed class InstitutionGazetteer
{
    private readonly Dictionary<string, Entry> _byAlias = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, Entry Entry)> _aliasesByLength = [];

    private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal);

    /// <summary>The one-word capital aliases as written ("PGJCDMX", "DIF-CDMX"): OCR checks its reading of acronyms against them.</summary>
    public IReadOnlyCollection<string> Acronyms => _acronyms;

    /// <summary>One institution of the gazetteer.</summary>
    public sealed record Entry(string Key, Sector Sector, string Name);

    public InstitutionGazetteer(IEnumerable<string> tsvLines)
    {
        ArgumentNullException.ThrowIfNull(tsvLines);
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

            var entry = new Entry(parts[0].Trim(), ParseSector(parts[1]), parts[2].Trim());
            var aliases = (parts.Length > 3 ? parts[3].Split('|') : []).Append(entry.Key).Append(entry.Name);
            foreach (var alias in aliases)
            {
                if (alias.Trim() is { Length: >= 4 } word && !word.Contains(' ', StringComparison.Ordinal) && word.Any(char.IsLetter) && !word.Any(char.IsLower))
                {
                    _acronyms.Add(word);
                }

                var key = TextFold.Key(alias);
                if (key.Length > 0)
                {
                    _byAlias[key] = entry;
                }
            }
        }

        foreach (var (alias, entry) in _byAlias)
        {
            _aliasesByLength.Add((alias.Split(' '), entry));
        }

        _aliasesByLength.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The shipped gazetteer, plus <c>institutions.tsv</c> in the working directory and the file named by ACTAS_GAZETTEER, when present.</summary>
    public static InstitutionGazetteer Default { get; } = LoadDefault();

    public Entry? Find(string? institution)
    {
        if (string.IsNullOrWhiteSpace(institution))
        {
            return null;
        }

        var key = TextFold.Key(institution);
        if (_byAlias.TryGetValue(key, out var exact))
        {
            return exact;
        }

        var words = key.Split(' ');
        foreach (var (aliasWords, entry) in _aliasesByLength)
        {
            // Single-word aliases of two letters ("SE", "CI") only match exactly: too common inside names.
            if (aliasWords.Length == 1 && aliasWords[0].Length <= 2)
            {
                continue;
            }

            if (ContainsRun(words, aliasWords))
            {
                return entry;
            }
        }

        return null;
    }

    public string? KeyOf(string? institution) => Find(institution)?.Key;

    private static bool ContainsRun(string[] words, string[] run)
    {
        for (var i = 0; i + run.Length <= words.Length; i++)
        {
            var all = true;
            for (var j = 0; j < run.Length && all; j++)
            {
                all = words[i + j] == run[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
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
