namespace Actas.Pipeline.Extraction.Institutions;

using Entry = InstitutionGazetteer.Entry;

/// <summary>
/// Every alias of the gazetteer folded once, in the shapes the matchers look them up: whole
/// texts, whole texts without the local qualifier, word runs by their first word, and content
/// words for similarity with an index from each word to the names that hold it.
/// A folded form listed under two keys keeps both: the matchers read that as ambiguous.
/// </summary>
public sealed class InstitutionAliasIndex
{
    private readonly Dictionary<string, List<Entry>> _whole = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _local = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _localQualified = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AliasRun>> _runsByFirstWord = new(StringComparer.Ordinal);
    private readonly List<NameForm> _names = [];
    private readonly Dictionary<string, List<int>> _namesByWord = new(StringComparer.Ordinal);
    private readonly string[][] _vocabularyByLength;

    /// <summary>An alias looked for inside longer texts, as words.</summary>
    /// <param name="CapitalsOnly">One word the gazetteer only writes in capitals ("EVALUA"): inside a longer text it is the
    /// acronym only when written in capitals there too ("México Evalúa" is an organisation, not EVALUA).</param>
    public sealed record AliasRun(string[] Words, IReadOnlyList<Entry> Entries, bool CapitalsOnly = false);

    /// <summary>A full name compared by similarity: its content words (function words and local qualifier dropped) and the words that name another jurisdiction ("nacional", "federal").</summary>
    public sealed record NameForm(string[] ContentWords, IReadOnlySet<string> ForeignWords, Entry Entry);

    public InstitutionAliasIndex(IEnumerable<(Entry Entry, IReadOnlyList<InstitutionAlias> Aliases)> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var runs = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var notCapitals = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, aliases) in bodies)
        {
            foreach (var alias in aliases)
            {
                var key = TextFold.Key(alias.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                var words = key.Split(' ');
                var local = InstitutionName.WithoutLocalQualifier(words);
                Add(_whole, key, entry);
                Add(_local, string.Join(' ', local), entry);
                if (local.Length < words.Length)
                {
                    Add(_localQualified, string.Join(' ', local), entry);
                }
                if (!alias.WholeTextOnly && !(words.Length == 1 && words[0].Length <= 2))
                {
                    // Single words of two letters ("SE", "CI", "C5") are too common inside other names.
                    Add(runs, key, entry);
                    if (words.Length > 1 || alias.Text.Any(char.IsLower))
                    {
                        notCapitals.Add(key);
                    }
                }

                var content = InstitutionName.ContentOf(local);
                if (content.Length >= 2 && named.Add(entry.Key + "\t" + string.Join(' ', content)))
                {
                    _names.Add(new NameForm(content, InstitutionName.ForeignWordsOf(local), entry));
                }
            }
        }

        foreach (var (key, entries) in runs)
        {
            var words = key.Split(' ');
            if (!_runsByFirstWord.TryGetValue(words[0], out var list))
            {
                _runsByFirstWord[words[0]] = list = [];
            }

            list.Add(new AliasRun(words, entries, !notCapitals.Contains(key)));
        }

        foreach (var list in _runsByFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        for (var i = 0; i < _names.Count; i++)
        {
            foreach (var word in _names[i].ContentWords.Distinct())
            {
                if (!_namesByWord.TryGetValue(word, out var list))
                {
                    _namesByWord[word] = list = [];
                }

                list.Add(i);
            }
        }

        var longest = _namesByWord.Keys.Select(w => w.Length).DefaultIfEmpty(0).Max();
        _vocabularyByLength = Enumerable.Range(0, longest + 1).Select(n => _namesByWord.Keys.Where(w => w.Length == n).ToArray()).ToArray();
    }

    /// <summary>The bodies whose alias is exactly this folded text (two or more: ambiguous).</summary>
    public IReadOnlyList<Entry> Whole(string key) => _whole.TryGetValue(key, out var entries) ? entries : [];

    /// <summary>The bodies whose alias, local qualifier dropped, is exactly this text.</summary>
    public IReadOnlyList<Entry> Local(string localKey) => _local.TryGetValue(localKey, out var entries) ? entries : [];

    /// <summary>The bodies listed with this text plus a local qualifier ("SEGOB CDMX", "Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México").</summary>
    public IReadOnlyList<Entry> LocalQualified(string localKey) => _localQualified.TryGetValue(localKey, out var entries) ? entries : [];

    /// <summary>The aliases that start with this word, longest first.</summary>
    public IReadOnlyList<AliasRun> RunsStartingWith(string word) => _runsByFirstWord.TryGetValue(word, out var runs) ? runs : [];

    public IReadOnlyList<NameForm> Names => _names;

    /// <summary>The distinct content words of the full names between these lengths: the vocabulary misspellings are corrected against.</summary>
    public IEnumerable<string> VocabularyOfLength(int min, int max)
    {
        for (var length = Math.Max(min, 1); length <= max && length < _vocabularyByLength.Length; length++)
        {
            foreach (var word in _vocabularyByLength[length])
            {
                yield return word;
            }
        }
    }

    /// <summary>Indices into <see cref="Names"/> of the names that hold this word.</summary>
    public IReadOnlyList<int> NamesWith(string word) => _namesByWord.TryGetValue(word, out var list) ? list : [];

    private static void Add(Dictionary<string, List<Entry>> map, string key, Entry entry)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var entries))
        {
            map[key] = entries = [];
        }

        if (!entries.Any(e => e.Key == entry.Key))
        {
            entries.Add(entry);
        }
    }
}
