using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Diagnostics;

/// <summary>
/// The contract's <c>warnings</c> in the user's language. A warning stays English free text in the JSON (other tools read
/// it); its shape is its code: <c>warning.*</c> in <c>Diagnostics/WarningWords.resx</c> holds every sentence the readers
/// and the extractor write, with <c>{n}</c> for its arguments, and <c>WarningWords.es.resx</c> the Spanish words.
/// "{location}: {message}" (an <see cref="Issue"/> with a place) words the place too: "page 2, block 7" → "página 2,
/// bloque 7". A warning of no known shape is shown as written.
/// </summary>
public static class WarningWording
{
    private static readonly ResourceManager Words = new("Actas.Pipeline.Diagnostics.WarningWords", typeof(WarningWording).Assembly);

    private static readonly Regex LocationShape = new(
        @"^(?:page \d+|block \d+)(?:, (?:block|row|column|line) \d+)*(?:, (?:header|footer|textbox))?$",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static readonly Regex LocatedShape = new(
        @"^(?<location>(?:page \d+|block \d+)(?:, (?:block|row|column|line) \d+)*(?:, (?:header|footer|textbox))?): (?<message>.+)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100));

    private static readonly PatternWording Shapes = new(Words, "warning.", Location);

    /// <summary>The warning's code (its key without "warning."), or null for a warning of no known shape.</summary>
    public static string? CodeOf(string warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var key = Shapes.KeyOf(warning) ?? (LocatedShape.Match(warning) is { Success: true } m ? Shapes.KeyOf(m.Groups["message"].Value) : null);
        return key?["warning.".Length..];
    }

    /// <summary><paramref name="warning"/> in <paramref name="culture"/>'s words (null: the current UI culture).</summary>
    public static string Word(string warning, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(warning);
        culture ??= CultureInfo.CurrentUICulture;
        if (culture.TwoLetterISOLanguageName is "en" or "iv")
        {
            return warning;
        }

        if (Shapes.TryWord(warning, culture, 0) is { } worded)
        {
            return worded;
        }

        return LocatedShape.Match(warning) is { Success: true } located
            ? $"{Location(located.Groups["location"].Value, culture)}: {Shapes.Word(located.Groups["message"].Value, culture)}"
            : warning;
    }

    /// <summary>"page 2, block 7, row 3" in <paramref name="culture"/>'s words; null when the text is not a location.</summary>
    public static string? Location(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!LocationShape.IsMatch(text))
        {
            return null;
        }

        return string.Join(", ", text.Split(", ").Select(part =>
        {
            var pieces = part.Split(' ');
            var template = Words.GetString("location." + pieces[0], culture) ?? part;
            return pieces.Length == 2 ? string.Format(culture, template, pieces[1]) : template;
        }));
    }
}
