using System.Reflection;
using Spectre.Console.Cli;

namespace Actas.Cli.Usage;

/// <summary>Every option the commands declare (from their settings' <see cref="CommandOptionAttribute"/>s): its names and
/// value type, to name a mistyped flag's nearest spelling and a bad value's expected kind.</summary>
public sealed class OptionCatalog
{
    private readonly Dictionary<string, Type> _options;

    private OptionCatalog(Dictionary<string, Type> options) => _options = options;

    /// <summary>The options of every <see cref="CommandSettings"/> type in <paramref name="assembly"/>.</summary>
    public static OptionCatalog From(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var options = new Dictionary<string, Type>(StringComparer.Ordinal);
        var settingsTypes = assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t));
        foreach (var property in settingsTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option)
            {
                continue;
            }

            foreach (var name in option.LongNames)
            {
                options.TryAdd("--" + name, property.PropertyType);
            }

            foreach (var name in option.ShortNames)
            {
                options.TryAdd("-" + name, property.PropertyType);
            }
        }

        return new OptionCatalog(options);
    }

    public bool Knows(string name) => _options.ContainsKey(name);

    /// <summary>The value type of the option <paramref name="name"/> ("--jobs" → int?), or null when no command has it.</summary>
    public Type? ValueType(string name) => _options.GetValueOrDefault(name);

    /// <summary>The known long option nearest to <paramref name="typed"/> ("--sinse" → "--since"), or null when none is close.</summary>
    public string? Nearest(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var best = _options.Keys.Where(k => k.StartsWith("--", StringComparison.Ordinal))
            .Select(k => (Name: k, Distance: EditDistance(k, typed)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, typed.Length / 4) ? best.Name : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
