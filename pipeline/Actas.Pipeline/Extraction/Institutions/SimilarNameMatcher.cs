namespace Actas.Pipeline.Extraction.Institutions;

using Entry = InstitutionGazetteer.Entry;

/// <summary>
/// A full name that is no alias but close to one: misspelt ("Secretaria de Desarollo Social"),
/// a word missing or added ("Secretaría de Pueblos y Barrios Originarios"), words reordered.
/// Score: Dice overlap of content words, a word counting as its Levenshtein similarity to the
/// best unused word of the alias when at least <see cref="SimilarNameOptions.MinWordSimilarity"/>.
/// Nearly every word of the text must be in the name (<see cref="SimilarNameOptions.MinTextCoverage"/>):
/// a missing word is an abbreviation, an extra one may name another body ("Universidad Autónoma Chapingo").
/// The best body must reach <see cref="SimilarNameOptions.MinScore"/> and beat every other body
/// by <see cref="SimilarNameOptions.MinMargin"/>; "Secretaría de Desarrollo" (Social? Económico?)
/// is ambiguous. A name another jurisdiction's word qualifies ("… Federal", "… del Estado de …")
/// is only compared with names that carry the same such words, and the other way round.
/// </summary>
public sealed class SimilarNameMatcher(InstitutionAliasIndex index, SimilarNameOptions options) : IInstitutionMatcher
{
    /// <summary>Words already met → the gazetteer's words within <see cref="SimilarNameOptions.MinWordSimilarity"/> of them, with that similarity.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<string, double>> _near = new(StringComparer.Ordinal);

    public InstitutionMatch? Match(InstitutionName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.ContentWords;
        if (words.Count < options.MinContentWords || name.HasCivilSocietyMark || name.HasCivilSocietyHead)
        {
            return null;
        }

        var best = new Dictionary<string, (Entry Entry, double Score)>(StringComparer.Ordinal);
        var near = words.Select(Near).ToArray();
        foreach (var candidate in Candidates(near))
        {
            var form = index.Names[candidate];
            if (!form.ForeignWords.SetEquals(name.ForeignWords))
            {
                continue;
            }

            var (score, coverage) = Dice(near, form.ContentWords);
            if (coverage < options.MinTextCoverage)
            {
                continue;
            }

            if (!best.TryGetValue(form.Entry.Key, out var known) || known.Score < score)
            {
                best[form.Entry.Key] = (form.Entry, score);
            }
        }

        var ranked = best.Values.OrderByDescending(b => b.Score).ToList();
        if (ranked.Count == 0 || ranked[0].Score < options.MinScore)
        {
            return null;
        }

        var rivals = ranked.TakeWhile(r => r.Score >= ranked[0].Score - options.MinMargin).ToList();
        return rivals.Count == 1
            ? InstitutionMatch.Found(name.Written, ranked[0].Entry, InstitutionMatchKind.Similar, ranked[0].Score)
            : InstitutionMatch.AmbiguousAmong(name.Written, rivals.Select(r => r.Entry)) with { Score = ranked[0].Score };
    }

    /// <summary>
    /// The names holding enough of the text's words (or near spellings) to reach
    /// <see cref="SimilarNameOptions.MinTextCoverage"/>: "Secretaría de X" does not score every secretaría.
    /// </summary>
    private List<int> Candidates(IReadOnlyDictionary<string, double>[] near)
    {
        var hits = new Dictionary<int, int>();
        foreach (var word in near)
        {
            var names = new HashSet<int>();
            foreach (var known in word.Keys)
            {
                names.UnionWith(index.NamesWith(known));
            }

            foreach (var name in names)
            {
                hits[name] = hits.GetValueOrDefault(name) + 1;
            }
        }

        var needed = (int)Math.Ceiling(options.MinTextCoverage * near.Length - 1e-9);
        return hits.Where(h => h.Value >= needed).Select(h => h.Key).ToList();
    }

    private IReadOnlyDictionary<string, double> Near(string word) => _near.GetOrAdd(word, w =>
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var known in index.VocabularyOfLength(w.Length - w.Length / 4, w.Length + w.Length / 4))
        {
            var similarity = EditDistance.Similarity(w, known, options.MinWordSimilarity);
            if (similarity >= options.MinWordSimilarity)
            {
                result[known] = similarity;
            }
        }

        return result;
    });

    /// <summary>Dice overlap of the two word lists, and the share of the text's words found in the alias.</summary>
    private static (double Dice, double Coverage) Dice(IReadOnlyDictionary<string, double>[] words, string[] alias)
    {
        var used = new bool[alias.Length];
        var matched = 0.0;
        foreach (var word in words)
        {
            var bestAt = -1;
            var bestSimilarity = 0.0;
            for (var j = 0; j < alias.Length; j++)
            {
                if (used[j])
                {
                    continue;
                }

                if (word.TryGetValue(alias[j], out var similarity) && similarity > bestSimilarity)
                {
                    (bestAt, bestSimilarity) = (j, similarity);
                }
            }

            if (bestAt >= 0)
            {
                used[bestAt] = true;
                matched += bestSimilarity;
            }
        }

        return (2 * matched / (words.Length + alias.Length), matched / words.Length);
    }
}
