using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Model;
using Actas.Storage.Keys;

namespace Actas.Storage.Queries;

/// <summary>
/// Finds totals and their parts among one goal's figures, in document order. The seed acta (strategy 520,
/// goal 520.3) reads "se capacitó a 609 personas servidoras públicas … (552 personas …) (48 personas …)
/// (9 personas …)": 609 = 552 + 48 + 9, so 609 is a total and the rest its parts.
/// A figure is a total when a run of two or more same-unit figures right after it (other units may stand
/// between) adds up to it. A figure the text introduces as a total ("un total de 600 personas") whose
/// following same-unit figures do not add up to it is reported as a mismatch.
/// </summary>
public static partial class TotalAndPartsChecker
{
    public static IReadOnlyList<TotalCheck> Check(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var isPart = new bool[figures.Count];
        var checks = new List<TotalCheck>();
        for (var i = 0; i < figures.Count; i++)
        {
            if (isPart[i])
            {
                continue;
            }

            var total = figures[i];
            var following = Enumerable.Range(i + 1, figures.Count - i - 1)
                .Where(j => !isPart[j] && SameUnit(figures[j], total))
                .ToList();
            var sum = 0m;
            var matched = -1;
            for (var k = 0; k < following.Count && sum < total.Value; k++)
            {
                sum += figures[following[k]].Value;
                if (k >= 1 && sum == total.Value)
                {
                    matched = k;
                }
            }

            if (matched >= 1)
            {
                var parts = following.Take(matched + 1).ToList();
                parts.ForEach(j => isPart[j] = true);
                checks.Add(new TotalCheck(i, parts, total.Value, Matches: true));
            }
            else if (following.Count > 0 && IntroducedAsTotal(total))
            {
                var parts = following.TakeWhile(j => !IntroducedAsTotal(figures[j])).ToList();
                if (parts.Count > 0)
                {
                    parts.ForEach(j => isPart[j] = true);
                    checks.Add(new TotalCheck(i, parts, parts.Sum(j => figures[j].Value), Matches: false));
                }
            }
        }

        return checks;
    }

    /// <summary>Whether "total" stands just before the figure's value in its context ("un total de 79 personas").</summary>
    public static bool IntroducedAsTotal(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Context is null)
        {
            return false;
        }

        var context = TextKey.Fold(figure.Context);
        var value = figure.Value.ToString("0.####", CultureInfo.InvariantCulture);
        foreach (Match match in TotalBefore().Matches(context))
        {
            if (match.Groups["value"].Value.Replace(" ", "", StringComparison.Ordinal) == value)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameUnit(Figure a, Figure b) =>
        string.Equals(TextKey.Fold(a.Unit), TextKey.Fold(b.Unit), StringComparison.Ordinal);

    // Folded text has no punctuation: "un total de 1,234" is "un total de 1 234".
    [GeneratedRegex(@"\btotal (?:de )?(?:(?:[a-z]+ ){0,2})?(?<value>\d{1,3}(?: \d{3})+|\d+)\b")]
    private static partial Regex TotalBefore();
}
