namespace Actas.Classification.Runtime;

/// <summary>
/// Runs every task on the thread that starts it, one at a time. ML.NET's one-versus-all model scores its binary
/// models with <c>Parallel.For</c> on every single prediction; under this scheduler (Parallel.For follows
/// <see cref="TaskScheduler.Current"/> and its <see cref="MaximumConcurrencyLevel"/>) the loop runs inline, as a
/// plain loop. With the import already running one document per core, the fork/join cost more than the ten
/// dot products it spread out. Scores are the same: each binary model is computed the same way, only in order.
/// </summary>
internal sealed class InlineTaskScheduler : TaskScheduler
{
    public static readonly InlineTaskScheduler Instance = new();

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs <paramref name="work"/> on this thread with this scheduler as <see cref="TaskScheduler.Current"/>.</summary>
    public static T Run<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Instance).GetAwaiter().GetResult();

    protected override void QueueTask(Task task) => TryExecuteTask(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [];
}
