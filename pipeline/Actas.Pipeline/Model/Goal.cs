namespace Actas.Pipeline.Model;

/// <summary>A goal (Meta) of a strategy with its indicator, executor (Instancia Ejecutora) and report (INFORME).</summary>
/// <param name="Id">"516.1" as written; null where the minutes give a single unnumbered Meta.</param>
/// <param name="ReportStatus">Reported or NotReported only.</param>
/// <param name="Report">The INFORME text for this goal; null when not reported.</param>
public sealed record Goal(
    string? Id,
    string? Text,
    string? Indicator,
    string? Executor,
    string? ExecutorKey,
    ReportStatus ReportStatus,
    string? Report,
    SourceLocation? Location = null);
