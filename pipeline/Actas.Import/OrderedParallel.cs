namespace Actas.Import;

/// <summary>
/// The import's scheduling: <c>prepare</c> (hash, read, extract, classify) on <c>jobs</c> threads, <c>write</c> on the
/// calling thread in input order, with at most <c>readAhead</c> prepared items waiting.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Workers take a read-ahead permit, then the next item; the writer (this thread) writes items in input order
    /// and gives the permit back. Taking the permit before the item means the item the writer waits for always
    /// has a worker, so a slow document can stall the batch but never deadlock it.
    /// </summary>
    /// <param name="prepare">Must not throw for a bad item; it returns the failure as data.</param>
    public static void Run<TItem, TPrepared>(
        IReadOnlyList<TItem> items,
        ImportOptions options,
        Func<TItem, CancellationToken, TPrepared> prepare,
        Action<TPrepared> write,
        CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var slots = new TaskCompletionSource<TPrepared>?[items.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = new TaskCompletionSource<TPrepared>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using var ahead = new SemaphoreSlim(options.EffectiveReadAhead);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var next = -1;
        void Work()
        {
            while (true)
            {
                try
                {
                    ahead.Wait(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var i = Interlocked.Increment(ref next);
                if (i >= items.Count)
                {
                    return;
                }

                try
                {
                    slots[i]!.SetResult(prepare(items[i], stop.Token));
                }
                catch (Exception ex)
                {
                    slots[i]!.SetException(ex);
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Min(options.EffectiveJobs, items.Count))
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                var slot = slots[i]!.Task;
                // Checked before every write: a finished slot's Wait returns without looking at the token.
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    slot.Wait(cancellationToken);
                }
                catch (AggregateException)
                {
                    // The item's own exception (a cancellation seen by prepare) is rethrown unwrapped just below.
                }

                slots[i] = null;
                var prepared = slot.GetAwaiter().GetResult();
                ahead.Release();
                write(prepared);
            }
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(workers, CancellationToken.None);
        }
    }
}
