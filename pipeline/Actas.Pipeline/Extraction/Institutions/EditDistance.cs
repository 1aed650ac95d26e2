namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>Levenshtein distance between two short words, and the 0–1 similarity it gives.</summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="limit"/> + 1 as soon as it must exceed the limit.</summary>
    public static int Between(string a, string b, int limit = int.MaxValue - 1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    /// <summary>1 − distance / longer length: 1 for equal words, 0.8 for one slip in five letters.</summary>
    public static double Similarity(string a, string b) => Similarity(a, b, 0.0);

    /// <summary><see cref="Similarity(string, string)"/>, or 0 as soon as it must fall below <paramref name="atLeast"/>.</summary>
    public static double Similarity(string a, string b, double atLeast)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return 1.0;
        }

        var longer = Math.Max(a.Length, b.Length);
        var limit = (int)Math.Floor((1.0 - atLeast) * longer + 1e-9);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return 0.0;
        }

        var distance = Between(a, b, limit);
        return distance > limit ? 0.0 : 1.0 - (double)distance / longer;
    }
}
