using System.Runtime.InteropServices;

namespace Actas.Cli.Composition;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM during an import: the first one cancels <see cref="Token"/>, so the run stops between two
/// documents, its worker processes are killed and its summary is printed (SIGTERM used to leave the run unfinished); a
/// second signal ends the process at once, as usual.
/// </summary>
internal sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly PosixSignalRegistration[] _registrations;

    public InterruptSignals(CancellationToken outer)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _cancel.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_cancel.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _cancel.Cancel();
    }
}
