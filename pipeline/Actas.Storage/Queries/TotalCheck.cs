namespace Actas.Storage.Queries;

/// <summary>A figure read as a total of the same-unit figures after it.</summary>
/// <param name="Total">Index of the total among the figures checked.</param>
/// <param name="Parts">Indexes of its parts, in order.</param>
/// <param name="PartsSum">Their sum; equals the total's value unless <see cref="Matches"/> is false.</param>
public sealed record TotalCheck(int Total, IReadOnlyList<int> Parts, decimal PartsSum, bool Matches);
