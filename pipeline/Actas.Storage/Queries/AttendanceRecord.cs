namespace Actas.Storage.Queries;

/// <summary><see cref="AttendanceRow"/> as SQL returns it, people as a JSON array.</summary>
internal sealed record AttendanceRecord
{
    public string? Body { get; init; }
    public string? InstitutionKey { get; init; }
    public string? Institution { get; init; }
    public int SessionsAttended { get; init; }
    public int SessionsHeld { get; init; }
    public string? FirstDate { get; init; }
    public string? LastDate { get; init; }
    public string PeopleJson { get; init; } = "[]";
}
