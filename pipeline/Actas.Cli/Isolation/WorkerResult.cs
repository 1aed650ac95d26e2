using Actas.Pipeline.Model;

namespace Actas.Cli.Isolation;

/// <summary>One file's outcome in a <see cref="WorkerReply"/>: the extracted acta, or the failure's code and reason.</summary>
/// <param name="Code">An <see cref="Pipeline.Diagnostics.ActaReadException.Code"/>, or "internal"; null when <paramref name="Acta"/> is set.</param>
/// <param name="Template">The failure's <see cref="Pipeline.Diagnostics.ActaReadException.Template"/>, so the parent can word it.</param>
/// <param name="Arguments">The failure's <see cref="Pipeline.Diagnostics.ActaReadException.Arguments"/>.</param>
public sealed record WorkerResult(string Path, Acta? Acta, string? Code, string? Reason, string? Template = null, IReadOnlyList<string>? Arguments = null);
