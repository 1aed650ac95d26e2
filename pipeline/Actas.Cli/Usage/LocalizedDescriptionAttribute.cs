using System.ComponentModel;

namespace Actas.Cli.Usage;

/// <summary>An option's help text from the resources (<c>Strings.resx</c> / <c>Strings.es.resx</c>) by key, so
/// <c>--help</c> speaks the user's language; Spectre reads it as any <see cref="DescriptionAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class LocalizedDescriptionAttribute(string key) : DescriptionAttribute
{
    public string Key { get; } = key;

    public override string Description => Localized.Text(Key);
}
