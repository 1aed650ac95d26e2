namespace Actas.Storage.Keys;

/// <summary>
/// The key that makes one person of differently written names: folded like <see cref="TextKey.Fold"/>
/// ("Rosa maría Torillo" = "Rosa María Torillo") with leading titles removed ("Mtra. Rosa María Torillo",
/// "Lic. Rosa María Torillo", "C. Rosa María Torillo").
/// </summary>
public static class PersonNameKey
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "lic", "licda", "licdo", "licenciada", "licenciado",
        "mtro", "mtra", "maestro", "maestra", "mto",
        "dr", "dra", "doctor", "doctora",
        "c", "ciudadano", "ciudadana",
        "ing", "arq", "prof", "profa", "profesor", "profesora",
        "sr", "sra", "srita", "senor", "senora",
        "psic", "antrop", "act", "soc",
    };

    public static string For(string name)
    {
        var tokens = TextKey.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        // Keep at least one token: a "name" that is only a title stays as written.
        while (start < tokens.Length - 1 && Titles.Contains(tokens[start]))
        {
            start++;
        }

        return string.Join(' ', tokens[start..]);
    }
}
