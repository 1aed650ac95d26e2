namespace Actas.Pipeline.Extraction;

/// <summary>The row labels of a strategy block.</summary>
public enum StrategyField
{
    None,
    /// <summary>Meta.</summary>
    Goal,
    /// <summary>Indicador.</summary>
    Indicator,
    /// <summary>Instancia Ejecutora.</summary>
    Executor,
    /// <summary>Estado del reporte / ¿Reportó?: the report status as the acta states it.</summary>
    Status,
    /// <summary>INFORME.</summary>
    Report,
    /// <summary>Retroalimentación.</summary>
    Feedback,
    /// <summary>Observaciones.</summary>
    Observation,
}
