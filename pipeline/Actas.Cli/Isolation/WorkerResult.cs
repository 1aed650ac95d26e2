using Actas.Pipeline.Model;

namespace Actas.Cli.Isolation;

/// <summary>One file's outcome in a <see cref="WorkerReply"/>: the extracted acta, or the failure's code and reason.</summary>
/// <param name="Code">An <see cref="Pipeline.Diagnostics.ActaReadException.Code"/>, or "internal"; null when <paramref name="Acta"/> is set.</param>
public sealed record WorkerResult(string Path, Acta? Acta, string? Code, string? Reason);
