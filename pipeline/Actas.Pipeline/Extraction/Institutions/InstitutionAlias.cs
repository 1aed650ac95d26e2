namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>One written form of a body as the gazetteer lists it.</summary>
/// <param name="Text">The alias as written in institutions.tsv, without the leading '='.</param>
/// <param name="WholeTextOnly">True for aliases written "=Alias": generic words that name the body only when they are the whole text ("=Procuraduría").</param>
public sealed record InstitutionAlias(string Text, bool WholeTextOnly)
{
    public static InstitutionAlias Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.StartsWith('=') ? new InstitutionAlias(trimmed[1..].Trim(), true) : new InstitutionAlias(trimmed, false);
    }
}
