namespace Actas.Pipeline.Model;

/// <summary>An operative agreement (Acuerdo) with the dates and strategy numbers it mentions.</summary>
public sealed record Agreement(
    string Text,
    IReadOnlyList<string> Dates,
    IReadOnlyList<int> Strategies,
    string? Responsible,
    SourceLocation? Location = null);
