using Actas.Storage.Queries;

namespace Actas.Storage.Report;

/// <summary>Everything <c>actas report</c> shows, gathered from the database for the sessions a filter selects.</summary>
/// <param name="Filter">The filter the report was made with, shown on the page.</param>
/// <param name="Bodies">One entry per body (Espacio de Participación) with at least one selected session, by name.</param>
public sealed record ReportData(QueryFilter Filter, IReadOnlyList<BodyReport> Bodies);
