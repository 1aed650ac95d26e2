namespace Actas.Pipeline.Model;

/// <summary>One person listed under ASISTENCIA (asistencia).</summary>
/// <param name="Name">Person as written, whitespace collapsed.</param>
/// <param name="Institution">Institution as written.</param>
/// <param name="InstitutionKey">Canonical key from the gazetteer, e.g. PGJCDMX; null when unknown.</param>
public sealed record Attendee(
    string Name,
    string? Institution,
    string? InstitutionKey,
    Sector Sector,
    SourceLocation? Location = null);
