namespace Actas.Storage.Queries;

/// <summary>
/// Something a session announced that later actas do not show: <see cref="Item"/> "strategy" (a strategy to be
/// reviewed that no later session of the body reviewed) or "next_session_date" (a date no session of the body has).
/// </summary>
/// <param name="LaterSessions">How many sessions of the body are stored after the announcing one; 0 means "not yet known".</param>
public sealed record AgreementFollowUpRow
{
    public string? Body { get; init; }
    public int? SessionNumber { get; init; }
    public string? SessionDate { get; init; }
    public string Item { get; init; } = "";
    public int? Strategy { get; init; }
    public string? AnnouncedDate { get; init; }
    public int LaterSessions { get; init; }
}
