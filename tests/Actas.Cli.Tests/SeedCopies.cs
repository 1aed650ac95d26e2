using System.Text;

namespace Actas.Cli.Tests;

/// <summary>
/// Distinct copies of the seed .txt acta: copy k is held on its own date (from 2030-01-01 on), so each copy
/// has its own hash and its own session.
/// </summary>
internal static class SeedCopies
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Text(int k)
    {
        var seed = File.ReadAllText(RepositoryPaths.SeedText);
        var date = $"{1 + (k % 28)} de {Months[(k / 28) % 12]} de {2030 + (k / 336)}";
        return seed.Replace("11 de septiembre de 2018", date, StringComparison.Ordinal);
    }

    /// <summary>The ISO date copy <paramref name="k"/> is held on.</summary>
    public static string Date(int k) => $"{2030 + (k / 336):D4}-{1 + ((k / 28) % 12):D2}-{1 + (k % 28):D2}";

    /// <summary>Writes copies <paramref name="first"/>…first+count-1 into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int first = 0, Encoding? encoding = null)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        for (var k = first; k < first + count; k++)
        {
            var path = Path.Combine(folder, $"acta-{k:D3}.txt");
            File.WriteAllText(path, Text(k), encoding ?? new UTF8Encoding(false));
            paths.Add(path);
        }

        return paths;
    }
}
