namespace Actas.Storage.Queries;

/// <summary>How often an institution attended a body's sessions, and who represented it.</summary>
/// <param name="People">Representatives, one name per person (people with the same name key count once).</param>
public sealed record AttendanceRow
{
    public string? Body { get; init; }
    public string? InstitutionKey { get; init; }
    public string? Institution { get; init; }
    public int SessionsAttended { get; init; }
    public int SessionsHeld { get; init; }
    public string? FirstDate { get; init; }
    public string? LastDate { get; init; }
    public IReadOnlyList<string> People { get; init; } = [];
}
