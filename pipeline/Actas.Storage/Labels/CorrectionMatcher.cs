namespace Actas.Storage.Labels;

/// <summary>
/// Pairs the corrected items of a document's old reading with the items of its new reading: same strategy number
/// and same folded text, preferring the same goal code, each new item taken once (two identical items in one
/// strategy keep two corrections apart). Old items are taken in document order, new candidates in document order.
/// </summary>
internal static class CorrectionMatcher
{
    /// <returns>Old item id → new item id, for the old items that found a match.</returns>
    public static IReadOnlyDictionary<long, long> Match(IReadOnlyList<FeedbackItemKey> corrected, IReadOnlyList<FeedbackItemKey> reread)
    {
        var free = reread.ToLookup(i => (i.Strategy, i.TextKey));
        var taken = new HashSet<long>();
        var matches = new Dictionary<long, long>();
        foreach (var old in corrected)
        {
            var candidates = free[(old.Strategy, old.TextKey)].Where(i => !taken.Contains(i.Id)).ToList();
            var match = candidates.FirstOrDefault(i => string.Equals(i.Goal, old.Goal, StringComparison.Ordinal)) ?? candidates.FirstOrDefault();
            if (match is not null)
            {
                taken.Add(match.Id);
                matches[old.Id] = match.Id;
            }
        }

        return matches;
    }
}
