namespace Actas.Storage.Report;

/// <summary>A strategy (<see cref="Goal"/> null) or one of its goals (Metas) across a body's sessions.</summary>
/// <param name="Title">The strategy's title as last written; null for goal rows and when no acta gives one.</param>
/// <param name="Cells">One <see cref="MatrixStatus"/> value per session of <see cref="BodyReport.Sessions"/>, in order.</param>
public sealed record MatrixRow(int Strategy, string? Goal, string? Title, IReadOnlyList<string> Cells);
