namespace Actas.Cli.Isolation;

/// <summary>What became of one request sent to a <see cref="ReaderProcess"/>.</summary>
/// <param name="Reply">The worker's reply; null when it died first.</param>
/// <param name="Death">How the worker ended, when it did before replying.</param>
/// <param name="Bystander">
/// The worker died on an earlier request while this one waited behind it: not this file's fault, send it again.
/// </param>
public sealed record WorkerAnswer(WorkerReply? Reply, WorkerDeath? Death, bool Bystander);
