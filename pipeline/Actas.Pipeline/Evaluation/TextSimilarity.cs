namespace Actas.Pipeline.Evaluation;

/// <summary>Levenshtein ratio of two already normalised strings: 1 − distance / longer length, 0..1.</summary>
public static class TextSimilarity
{
    public static double Ratio(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1.0;
        }

        var longer = Math.Max(a.Length, b.Length);
        return 1.0 - (double)Distance(a, b) / longer;
    }

    /// <summary>The ratio can only reach <paramref name="threshold"/> if the lengths are close enough.</summary>
    public static bool CanReach(string a, string b, double threshold)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 || (double)Math.Min(a.Length, b.Length) / longer >= threshold;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
