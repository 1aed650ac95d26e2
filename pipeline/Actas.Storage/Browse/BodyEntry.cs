namespace Actas.Storage.Browse;

/// <summary>An Espacio de Participación with its stored (current) sessions; <see cref="Id"/> null for sessions whose acta names no body.</summary>
public sealed record BodyEntry
{
    public long? Id { get; init; }
    public string? Name { get; init; }
    public int Sessions { get; init; }
    public string? FirstDate { get; init; }
    public string? LastDate { get; init; }
}
