namespace Actas.Pipeline.Diagnostics;

/// <summary>
/// Something a stage noticed and recovered from. Becomes a line of the contract's
/// <c>warnings</c>: "{Location}: {Message}" where a location is known.
/// </summary>
/// <param name="Code">Stable machine code, e.g. "table-joined", "unknown-institution".</param>
/// <param name="Location">Human-readable place: "page 4", "strategy 520", "block 37".</param>
public sealed record Issue(string Code, Severity Severity, string? Location, string Message)
{
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}
