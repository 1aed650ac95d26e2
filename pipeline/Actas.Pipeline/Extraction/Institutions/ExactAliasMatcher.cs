namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>
/// The whole text is an alias: as written ("PGJ"), or once a trailing "de la Ciudad de México" /
/// "del Distrito Federal" / "CDMX" is dropped from both sides. A text that says it is the city's
/// ("Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México") prefers the body listed
/// with that qualifier over a federal namesake.
/// </summary>
public sealed class ExactAliasMatcher(InstitutionAliasIndex index) : IInstitutionMatcher
{
    public InstitutionMatch? Match(InstitutionName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Key.Length == 0)
        {
            return null;
        }

        var whole = Decide(name, index.Whole(name.Key));
        if (whole is not null || name.Local.Length == 0)
        {
            return whole;
        }

        var qualified = name.Local.Length < name.Key.Length ? index.LocalQualified(name.Local) : [];
        return qualified.Count == 1
            ? InstitutionMatch.Found(name.Written, qualified[0], InstitutionMatchKind.Exact)
            : Decide(name, index.Local(name.Local));
    }

    private static InstitutionMatch? Decide(InstitutionName name, IReadOnlyList<InstitutionGazetteer.Entry> entries) => entries.Count switch
    {
        0 => null,
        1 => InstitutionMatch.Found(name.Written, entries[0], InstitutionMatchKind.Exact),
        _ => InstitutionMatch.AmbiguousAmong(name.Written, entries),
    };
}
