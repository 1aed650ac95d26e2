namespace Actas.Storage.Browse;

/// <summary>One attendance row as written in the acta; <see cref="Location"/> is the compact location JSON.</summary>
public sealed record StoredAttendee
{
    public string Name { get; init; } = "";
    public string? Institution { get; init; }
    public string? InstitutionKey { get; init; }
    public string Sector { get; init; } = "";
    public string? Location { get; init; }
}
