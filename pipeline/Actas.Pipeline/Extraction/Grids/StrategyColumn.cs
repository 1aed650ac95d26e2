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
    /// <summary>Descripción (de la meta): the goal's text when a "Meta" column beside it holds only the id.</summary>
    Description,
    Indicator,
    Executor,
    /// <summary>Estado del reporte / ¿Reportó?: the report status.</summary>
    Status,
    Report,
    Feedback,
    Observation,
    /// <summary>Quién observa: who made the remarks of the row; names no field of the goal.</summary>
    Speaker,
}
