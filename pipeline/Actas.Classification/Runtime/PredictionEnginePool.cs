using System.Collections.Concurrent;
using Microsoft.ML;

namespace Actas.Classification.Runtime;

/// <summary>
/// PredictionEngine is not thread-safe; this hands each caller its own engine and takes it
/// back afterwards (the idea of Microsoft.Extensions.ML's PredictionEnginePool, without DI). Predictions run
/// under <see cref="InlineTaskScheduler"/>, so the model's own Parallel.For does not fork per call.
/// </summary>
public sealed class PredictionEnginePool<TIn, TOut>(MLContext ml, ITransformer model)
    where TIn : class
    where TOut : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TIn, TOut>> _engines = [];

    public TOut Predict(TIn input)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<TIn, TOut>(model);
        }

        try
        {
            return InlineTaskScheduler.Run(() => engine.Predict(input));
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}
