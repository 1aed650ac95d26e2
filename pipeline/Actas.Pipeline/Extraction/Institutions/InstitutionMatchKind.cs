namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>How a written institution name was resolved, or why it was not.</summary>
public enum InstitutionMatchKind
{
    /// <summary>The whole text is an alias ("PGJ", "Secretaría de Salud de la Ciudad de México").</summary>
    Exact,
    /// <summary>An alias found inside a longer text: a sub-unit or a prefix ("SEDESO-DGIDS", "Dirección … de la SSC").</summary>
    Contained,
    /// <summary>A full name close enough to one body's name and clearly closer than to any other (misspellings, missing words).</summary>
    Similar,
    /// <summary>Two bodies fit equally ("INMUJERES": the city's or the federal institute); no key, since a wrong key is worse than none.</summary>
    Ambiguous,
    /// <summary>Nothing in the gazetteer fits (civil-society organisations, bodies the gazetteer lacks, empty text).</summary>
    NotFound,
}
