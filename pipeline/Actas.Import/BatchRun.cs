using Microsoft.Data.Sqlite;

namespace Actas.Import;

/// <summary>
/// One import or reprocess run: its <c>import_runs</c> row, and what ends it before its last file — the user
/// (Ctrl-C, SIGTERM: the token given) or a database that can no longer be written (<see cref="DatabaseFailure"/>).
/// Either way the run ends with a summary, never a bare exception: each document is one transaction, so the one being
/// stored when it happened is rolled back whole.
/// </summary>
internal sealed class BatchRun : IDisposable
{
    private readonly SqliteActaStore _store;
    private readonly Lock _storeLock;
    private readonly CancellationToken _user;
    private readonly CancellationTokenSource _stop;

    private BatchRun(SqliteActaStore store, Lock storeLock, CancellationToken user)
    {
        _store = store;
        _storeLock = storeLock;
        _user = user;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(user);
    }

    /// <summary>The import_runs row; 0 when it could not be written (<see cref="Stop"/> says why).</summary>
    public long Id { get; private set; }

    public RunStop? Stop { get; private set; }

    /// <summary>Cancelled by the user's token or by a database failure: pass it to every stage of the run.</summary>
    public CancellationToken Token => _stop.Token;

    private string Database => _store.Connection.DataSource;

    /// <summary>Records the start of a run; a database that cannot be written leaves <see cref="Stop"/> set and <see cref="Id"/> 0.</summary>
    public static BatchRun Begin(SqliteActaStore store, Lock storeLock, string? extractorVersion, CancellationToken cancellationToken)
    {
        var run = new BatchRun(store, storeLock, cancellationToken);
        try
        {
            lock (storeLock)
            {
                run.Id = store.BeginImportRun(extractorVersion);
            }
        }
        catch (SqliteException ex) when (DatabaseFailure.Describe(ex, run.Database) is { } reason)
        {
            run.Stop = new RunStop(reason, Interrupted: false);
        }

        return run;
    }

    /// <summary>
    /// For an error while storing one document: stops the run and returns the reason when the database itself failed;
    /// null when the error is the document's own (the batch goes on).
    /// </summary>
    public string? DatabaseFailed(SqliteException ex)
    {
        if (DatabaseFailure.Describe(ex, Database) is not { } reason)
        {
            return null;
        }

        Stop ??= new RunStop(reason, Interrupted: false);
        _stop.Cancel();
        return reason;
    }

    /// <summary>Runs the work, turning the cancellation of <see cref="Token"/> into <see cref="Stop"/>.</summary>
    public void Run(Action work)
    {
        if (Stop is not null)
        {
            return;
        }

        try
        {
            work();
        }
        catch (Exception ex) when (_stop.IsCancellationRequested && IsCancellation(ex))
        {
            if (_user.IsCancellationRequested)
            {
                Stop ??= new RunStop("interrupted (Ctrl-C or SIGTERM); the document being stored then was rolled back", Interrupted: true);
            }
        }
    }

    /// <summary>Records the counts; a database that fails now stops the run (its files above are stored whole).</summary>
    public void Finish(int ok, int failed, int skipped)
    {
        if (Id == 0)
        {
            return;
        }

        try
        {
            lock (_storeLock)
            {
                _store.FinishImportRun(Id, ok, failed, skipped);
            }
        }
        catch (SqliteException ex) when (DatabaseFailure.Describe(ex, Database) is { } reason)
        {
            Stop ??= new RunStop($"the end of the run could not be recorded: {reason}", Interrupted: false);
        }
    }

    public void Dispose() => _stop.Dispose();

    private static bool IsCancellation(Exception ex) =>
        ex is OperationCanceledException || (ex is AggregateException all && all.Flatten().InnerExceptions.All(e => e is OperationCanceledException));
}
