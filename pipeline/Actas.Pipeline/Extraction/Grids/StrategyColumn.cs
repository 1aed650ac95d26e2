namespace Actas.Pipeline.Extraction.Grids;

/// <summary>The columns of a strategy table laid out one goal per row.</summary>
public enum StrategyColumn
{
    /// <summary>Estrategia: its number, maybe with its title.</summary>
    Strategy,
    /// <summary>No. / Clave de la meta: the goal id alone.</summary>
    GoalId,
    /// <summary>Meta.</summary>
    Goal,
    Indicator,
    Executor,
    Report,
    Feedback,
    Observation,
}
