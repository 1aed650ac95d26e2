namespace Actas.Storage.Queries;

/// <summary>A feedback item (<see cref="Kind"/> "feedback") or INFORME text ("report") matching a search.</summary>
/// <param name="Snippet">The matching passage, matches marked «like this».</param>
public sealed record SearchRow
{
    public string? Body { get; init; }
    public string? SessionDate { get; init; }
    public int? SessionNumber { get; init; }
    public int Strategy { get; init; }
    public string? Goal { get; init; }
    public string Kind { get; init; } = "";
    public string? Section { get; init; }
    public string? Label { get; init; }
    public string Snippet { get; init; } = "";
}
