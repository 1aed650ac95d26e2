namespace Actas.Storage.Labels;

/// <summary>
/// Pairs the corrected items of a document's old reading with the items of its new reading: same strategy number
/// and same folded text, preferring the same goal code, each new item taken once (two identical items in one
/// strategy keep two corrections apart). Old items are taken in document order, new candidates in document order.
/// Used where a reading replaces items (reprocessing) and where a review file names items that were replaced since
/// (<c>actas labels import</c>).
/// </summary>
public static class CorrectionMatcher
{
    /// <returns>Old item id → new item id, for the old items that found a match.</returns>
    public static IReadOnlyDictionary<long, long> Match(IReadOnlyList<FeedbackItemKey> corrected, IReadOnlyList<FeedbackItemKey> reread)
    {
        var matched = MatchEach(corrected, reread);
        var matches = new Dictionary<long, long>();
        for (var i = 0; i < corrected.Count; i++)
        {
            if (matched[i] is { } id)
            {
                matches[corrected[i].Id] = id;
            }
        }

        return matches;
    }

    /// <returns>For each of <paramref name="corrected"/>, in order, the id of the new item it goes to; null when none.</returns>
    /// <param name="taken">New items already spoken for (not offered to any of <paramref name="corrected"/>).</param>
    public static IReadOnlyList<long?> MatchEach(
        IReadOnlyList<FeedbackItemKey?> corrected, IReadOnlyList<FeedbackItemKey> reread, IEnumerable<long>? taken = null)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        ArgumentNullException.ThrowIfNull(reread);
        var free = reread.ToLookup(i => (i.Strategy, i.TextKey));
        var used = new HashSet<long>(taken ?? []);
        var matches = new long?[corrected.Count];
        for (var k = 0; k < corrected.Count; k++)
        {
            if (corrected[k] is not { } old)
            {
                continue;
            }

            var candidates = free[(old.Strategy, old.TextKey)].Where(i => !used.Contains(i.Id)).ToList();
            var match = candidates.FirstOrDefault(i => string.Equals(i.Goal, old.Goal, StringComparison.Ordinal)) ?? candidates.FirstOrDefault();
            if (match is not null)
            {
                used.Add(match.Id);
                matches[k] = match.Id;
            }
        }

        return matches;
    }
}
