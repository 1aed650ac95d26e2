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
    public InstitutionMatch? Match(InstitutionName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.ContentWords;
        if (words.Count < options.MinContentWords || name.HasCivilSocietyMark || name.HasCivilSocietyHead)
        {
            return null;
        }

        var best = new Dictionary<string, (Entry Entry, double Score)>(StringComparer.Ordinal);
        foreach (var candidate in Candidates(words))
        {
            var form = index.Names[candidate];
            if (!form.ForeignWords.SetEquals(name.ForeignWords))
            {
                continue;
            }

            var (score, coverage) = Dice(words, form.ContentWords);
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

    /// <summary>The names sharing a word, or a near spelling of one, with the text.</summary>
    private HashSet<int> Candidates(IReadOnlyList<string> words)
    {
        var candidates = new HashSet<int>();
        foreach (var word in words)
        {
            var exact = index.NamesWith(word);
            if (exact.Count > 0)
            {
                candidates.UnionWith(exact);
                continue;
            }

            foreach (var known in index.Vocabulary)
            {
                if (Math.Abs(known.Length - word.Length) <= word.Length / 4 && EditDistance.Similarity(word, known) >= options.MinWordSimilarity)
                {
                    candidates.UnionWith(index.NamesWith(known));
                }
            }
        }

        return candidates;
    }

    /// <summary>Dice overlap of the two word lists, and the share of the text's words found in the alias.</summary>
    private (double Dice, double Coverage) Dice(IReadOnlyList<string> words, string[] alias)
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

                var similarity = alias[j] == word ? 1.0
                    : Math.Abs(alias[j].Length - word.Length) <= word.Length / 4 ? EditDistance.Similarity(word, alias[j]) : 0.0;
                if (similarity >= options.MinWordSimilarity && similarity > bestSimilarity)
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

        return (2 * matched / (words.Count + alias.Length), matched / words.Count);
    }
}
