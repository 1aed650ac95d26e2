namespace Actas.Web.Hosting;

/// <summary>
/// The gated training of <c>actas train --db</c>, supplied by the CLI (the composition root) so the page runs the very
/// same code: train on base data plus corrections, compare with the current model, promote only through the gate,
/// relabel the stored items.
/// </summary>
public interface IRetrainer
{
    RetrainResult Retrain(CancellationToken cancellationToken);
}
