namespace Actas.Cli.Isolation;

/// <summary>The line <c>actas worker</c> answers a <see cref="WorkerRequest"/> with: one result per path, in order.</summary>
/// <param name="Exiting">True when the worker stops after this reply (it ran out of memory) and must be replaced.</param>
public sealed record WorkerReply(long Id, IReadOnlyList<WorkerResult> Results, bool Exiting = false);
