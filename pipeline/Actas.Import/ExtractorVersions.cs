using System.Globalization;

namespace Actas.Import;

/// <summary>
/// Compares <c>documents.extractor_version</c> values as versions, part by part ("1.10.0" is newer than "1.9.0";
/// "1.2" equals "1.2.0"). A pre-release or build suffix ("1.2.0-beta", "1.2.0+abc") is ignored.
/// </summary>
public static class ExtractorVersions
{
    /// <summary>
    /// Whether a document read by <paramref name="stored"/> should be read again by <paramref name="current"/>: true when
    /// <paramref name="stored"/> is older, null (stored before versions were recorded) or not a version at all.
    /// A document read by a newer extractor than this program's is left alone.
    /// </summary>
    public static bool IsOutdated(string? stored, string current)
    {
        var currentParts = Parse(current) ?? throw new ArgumentException($"'{current}' is not a version", nameof(current));
        return stored is null || Parse(stored) is not { } storedParts || Compare(storedParts, currentParts) < 0;
    }

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var order = (i < a.Length ? a[i] : 0).CompareTo(i < b.Length ? b[i] : 0);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int[]? Parse(string version)
    {
        var core = version.Trim().Split('-', '+')[0];
        var parts = core.Split('.');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }
}
