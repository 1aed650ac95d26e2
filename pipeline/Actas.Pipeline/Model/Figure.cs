namespace Actas.Pipeline.Model;

/// <summary>A quantity an institution reported: "81 operativos" → 81, "operativos".</summary>
/// <param name="Unit">The counted noun as written, lower case.</param>
/// <param name="Goal">Goal id the INFORME belongs to, when known.</param>
/// <param name="Context">The clause the figure stands in.</param>
public sealed record Figure(
    decimal Value,
    string Unit,
    string? Goal,
    string? Context,
    SourceLocation? Location = null);
