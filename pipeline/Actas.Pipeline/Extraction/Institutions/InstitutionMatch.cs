namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>
/// What the gazetteer made of one written institution: the body (null when unresolved), how it
/// was found or why not, and the bodies that competed when it was ambiguous.
/// </summary>
/// <param name="Written">The text as the acta gives it.</param>
/// <param name="Entry">The body, or null.</param>
/// <param name="Kind">How it was resolved, or why not.</param>
/// <param name="Candidates">For <see cref="InstitutionMatchKind.Ambiguous"/>: the bodies that fit equally; else empty.</param>
/// <param name="LooksPublic">True when an unresolved name reads like a public body ("Dirección General de …", "… de la Ciudad de México").</param>
/// <param name="Score">Similarity 0–1 for <see cref="InstitutionMatchKind.Similar"/> (best fit for an unresolved full name); 1 for exact and contained matches.</param>
public sealed record InstitutionMatch(
    string Written,
    InstitutionGazetteer.Entry? Entry,
    InstitutionMatchKind Kind,
    IReadOnlyList<InstitutionGazetteer.Entry> Candidates,
    bool LooksPublic,
    double Score)
{
    public string? Key => Entry?.Key;

    /// <summary>True when the acta should carry a warning: an ambiguous name, or a public-looking name the gazetteer lacks.</summary>
    public bool ShouldWarn => Entry is null && (Kind == InstitutionMatchKind.Ambiguous || LooksPublic);

    /// <summary>The warning for the acta's <c>warnings</c>, or null when there is nothing to say.</summary>
    public string? Warning => !ShouldWarn ? null
        : Kind == InstitutionMatchKind.Ambiguous
            ? $"institution \"{Written}\" fits {string.Join(" and ", Candidates.Select(c => c.Key))} equally; no key given. Write the body's full name, or add the form to institutions.tsv under one key"
            : $"institution \"{Written}\" looks like a public body but is not in the gazetteer; no key given. Add it to institutions.tsv (or a file named by ACTAS_GAZETTEER)";

    internal static InstitutionMatch Found(string written, InstitutionGazetteer.Entry entry, InstitutionMatchKind kind, double score = 1.0) =>
        new(written, entry, kind, [], false, score);

    internal static InstitutionMatch AmbiguousAmong(string written, IEnumerable<InstitutionGazetteer.Entry> candidates) =>
        new(written, null, InstitutionMatchKind.Ambiguous, candidates.DistinctBy(c => c.Key).OrderBy(c => c.Key, StringComparer.Ordinal).ToList(), false, 0);
}
