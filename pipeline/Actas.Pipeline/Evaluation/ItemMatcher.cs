namespace Actas.Pipeline.Evaluation;

/// <summary>One-to-one matching of extracted items against gold items.</summary>
public static class ItemMatcher
{
    /// <summary>Multiset match on exact keys: each gold key is matched at most once.</summary>
    public static FieldCounts ByKey(IEnumerable<string> extracted, IEnumerable<string> gold)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldCount = 0;
        foreach (var key in gold)
        {
            remaining[key] = remaining.GetValueOrDefault(key) + 1;
            goldCount++;
        }

        var tp = 0;
        var fp = 0;
        foreach (var key in extracted)
        {
            if (remaining.TryGetValue(key, out var left) && left > 0)
            {
                remaining[key] = left - 1;
                tp++;
            }
            else
            {
                fp++;
            }
        }

        return new FieldCounts(tp, fp, goldCount - tp);
    }

    /// <summary>
    /// Greedy one-to-one match by <see cref="TextSimilarity.Ratio"/> of normalised texts, best pairs
    /// first; a pair counts only at or above <paramref name="threshold"/>.
    /// </summary>
    public static FieldCounts BySimilarity(IReadOnlyList<string> extracted, IReadOnlyList<string> gold, double threshold)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(gold);
        var pairs = new List<(double Score, int E, int G)>();
        for (var e = 0; e < extracted.Count; e++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (!TextSimilarity.CanReach(extracted[e], gold[g], threshold))
                {
                    continue;
                }

                var score = TextSimilarity.Ratio(extracted[e], gold[g]);
                if (score >= threshold)
                {
                    pairs.Add((score, e, g));
                }
            }
        }

        pairs.Sort((x, y) => y.Score.CompareTo(x.Score));
        var usedE = new bool[extracted.Count];
        var usedG = new bool[gold.Count];
        var tp = 0;
        foreach (var (_, e, g) in pairs)
        {
            if (usedE[e] || usedG[g])
            {
                continue;
            }

            usedE[e] = usedG[g] = true;
            tp++;
        }

        return new FieldCounts(tp, extracted.Count - tp, gold.Count - tp);
    }

    /// <summary>A single value: match, mismatch (one false positive and one false negative), missing or spurious.</summary>
    public static FieldCounts Single(string? extracted, string? gold)
    {
        var hasE = !string.IsNullOrEmpty(extracted);
        var hasG = !string.IsNullOrEmpty(gold);
        if (hasE && hasG)
        {
            return string.Equals(extracted, gold, StringComparison.Ordinal) ? new(1, 0, 0) : new(0, 1, 1);
        }

        return new FieldCounts(0, hasE ? 1 : 0, hasG ? 1 : 0);
    }
}
